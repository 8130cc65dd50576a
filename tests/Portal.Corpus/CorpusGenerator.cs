using System.Text;
using Portal.Corpus.Catalog;
using Portal.Corpus.Figures;
using Portal.Corpus.Writing;

namespace Portal.Corpus;

/// <summary>
/// Writes a whole site folder (site.yml + content/) of synthetic department-years. The same options give the
/// same bytes: every department draws from its own random stream, seeded from the corpus seed and its index.
/// </summary>
public static class CorpusGenerator
{
    private const int LastYear = 2024;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IReadOnlyList<DepartmentPlan> Plan(int reports, int seed)
    {
        var random = new Random(seed);
        var plans = new List<DepartmentPlan>();
        var remaining = reports;
        var combinations = NameCatalog.Places.Count * NameCatalog.Agencies.Count * NameCatalog.Units.Count;
        while (remaining > 0)
        {
            // Half the departments publish one year; a fifth publish six to nine years, as long-running portals do.
            var draw = random.NextDouble();
            var years = Math.Min(remaining, draw < 0.5 ? 1 : draw < 0.8 ? random.Next(2, 4) : random.Next(6, 10));
            var index = plans.Count;
            var place = NameCatalog.Places[index % NameCatalog.Places.Count];
            var agency = NameCatalog.Agencies[index / NameCatalog.Places.Count % NameCatalog.Agencies.Count];
            var unit = NameCatalog.Units[index / (NameCatalog.Places.Count * NameCatalog.Agencies.Count) % NameCatalog.Units.Count];
            var round = index / combinations;
            var slug = string.Join('-', new[] { place.Ascii, agency.Ascii, unit.Ascii, round > 0 ? (round + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty }.Where(p => p.Length > 0));
            var name = $"{place.City}{agency.Name}{unit.Name}" + (round > 0 ? $"（{round + 1}）" : string.Empty);
            plans.Add(new DepartmentPlan(slug, name, place, agency, Enumerable.Range(LastYear - years + 1, years).ToArray(), seed * 7919 + index));
            remaining -= years;
        }

        return plans;
    }

    public static void Write(CorpusOptions options)
    {
        var root = Path.GetFullPath(options.OutputDirectory);
        var content = Path.Combine(root, "content");
        if (Directory.Exists(content))
        {
            Directory.Delete(content, recursive: true);
        }

        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(root, "site.yml"), SiteFile(options), Utf8);
        foreach (var department in Plan(options.Reports, options.Seed))
        {
            var folder = Path.Combine(content, department.Slug);
            Directory.CreateDirectory(Path.Combine(folder, "sources"));
            File.WriteAllText(Path.Combine(folder, "department.yml"), ReportWriter.Department(department), Utf8);
            var generator = new FiguresGenerator(department);
            foreach (var year in department.Years)
            {
                var (yaml, source) = ReportWriter.Write(generator.Next(year), generator.Random);
                File.WriteAllText(Path.Combine(folder, $"{year}.yml"), yaml, Utf8);
                File.WriteAllText(Path.Combine(folder, "sources", $"{year}.txt"), source, Utf8);
            }
        }
    }

    private static string SiteFile(CorpusOptions options) =>
        $"# Synthetic corpus: portal-corpus --reports {options.Reports} --seed {options.Seed}. Numbers are generated, not published figures.\n" +
        new YamlText()
            .Key("title", $"合成语料（{options.Reports}份报告）")
            .Key("description", "由 portal-corpus 按固定种子生成的部门决算测试语料，用于性能与规模测试。")
            .Key("language", "zh-CN")
            .Key("base_url", "/")
            .Key("theme", "default")
            .Key("themes_dir", options.ThemesDirectory)
            .Key("content_dir", "content")
            .Key("output_dir", "public");
}
