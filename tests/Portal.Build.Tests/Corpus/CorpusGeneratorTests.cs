using Portal.Build.Load;
using Portal.Build.Pipeline;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;
using Portal.Core.Model;
using Portal.Corpus;

namespace Portal.Build.Tests.Corpus;

public sealed class CorpusGeneratorTests : IDisposable
{
    private const int Reports = 60;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-corpus-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void A_generated_corpus_passes_portal_validate_without_any_diagnostic()
    {
        var site = Generate("a", seed: 1);

        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(Path.Combine(site, "site.yml"), diagnostics);
        var result = new BuildPipeline(config!).Validate();

        Assert.Empty(diagnostics.Items);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void It_writes_exactly_the_number_of_reports_asked_for()
    {
        var content = Load(Generate("a", seed: 1));

        Assert.Equal(Reports, content.Departments.Sum(d => d.Reports.Count));
    }

    [Fact]
    public void The_same_seed_writes_byte_identical_files_and_another_seed_does_not()
    {
        var first = Snapshot(Generate("a", seed: 7));
        var again = Snapshot(Generate("b", seed: 7));
        var other = Snapshot(Generate("c", seed: 8));

        Assert.Equal(first.Keys, again.Keys);
        Assert.All(first, file => Assert.Equal(file.Value, again[file.Key]));
        Assert.NotEqual(first.Values.SelectMany(b => b), other.Values.SelectMany(b => b));
    }

    [Fact]
    public void Every_identity_of_the_accounts_holds_in_every_report()
    {
        var content = Load(Generate("a", seed: 3));

        var broken = content.Departments.SelectMany(d => d.Reports.SelectMany(AccountIdentities.Broken)).ToArray();

        Assert.Empty(broken);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(7)]
    public void The_accounts_checker_finds_nothing_in_a_consistent_generated_corpus(int seed)
    {
        // A second, independent consistent source beside the checker's own fixture: any finding here is either
        // an inconsistency in the generator or a false alarm of a rule, and both are bugs.
        var content = Load(Generate("a", seed));

        var findings = Portal.Build.Check.AccountsChecker.Check(content);

        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => $"{f.Location}: [{f.Rule}] {f.Message}")));
    }

    [Fact]
    public void The_identity_check_reports_a_figure_changed_by_hand()
    {
        var site = Generate("a", seed: 3);
        var file = Directory.GetFiles(Path.Combine(site, "content"), "*.yml", SearchOption.AllDirectories).First(f => !f.EndsWith("department.yml", StringComparison.Ordinal));
        var text = File.ReadAllText(file);
        var at = text.IndexOf("actual: {total: ", StringComparison.Ordinal) + "actual: {total: ".Length;
        File.WriteAllText(file, text[..at] + "9" + text[at..]);

        var broken = Load(site).Departments.SelectMany(d => d.Reports.SelectMany(AccountIdentities.Broken)).ToArray();

        Assert.Equal(["公开09 adds up"], broken.Select(b => b[(b.IndexOf(':') + 2)..]));
    }

    [Fact]
    public void Some_departments_publish_many_years_and_each_year_opens_with_the_previous_years_closing_balance()
    {
        var content = Load(Generate("a", seed: 1));

        var longest = content.Departments.MaxBy(d => d.Reports.Count)!;
        Assert.True(longest.Reports.Count >= 6, $"the longest-running department has {longest.Reports.Count} years");
        var years = longest.Reports.OrderBy(r => r.Year).ToArray();
        foreach (var (previous, next) in years.Zip(years.Skip(1)))
        {
            Assert.Equal(Line(previous, "年末结转和结余"), Line(next, "年初结转和结余"));
        }
    }

    [Fact]
    public void Each_tables_source_line_points_at_its_title_in_the_source_text()
    {
        var content = Load(Generate("a", seed: 1));
        var department = content.Departments[0];
        var report = department.Reports[0];
        var lines = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(department.Department.FilePath)!, report.Source.File));

        var t03 = report.Tables.Expenditure!.Info;
        Assert.Equal(t03.Title, lines[t03.SourceLine!.Value - 1]);
        var section = report.Explanation!.Sections[1];
        Assert.Equal(section.HeadingRaw, lines[section.SourceLine!.Value - 1]);
    }

    private static decimal? Line(Report report, string item) =>
        (item == "年初结转和结余" ? report.Tables.Summary!.Income : report.Tables.Summary!.Expenditure)
            .Single(r => r.Item == item).Amounts[0];

    private string Generate(string name, int seed)
    {
        var folder = Path.Combine(_root, name);
        CorpusGenerator.Write(new CorpusOptions(Reports, seed, folder, RepositoryPaths.Themes));
        return folder;
    }

    private static ContentSet Load(string site)
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(Path.Combine(site, "content"), diagnostics);
        Assert.Empty(diagnostics.Items);
        return content;
    }

    private static SortedDictionary<string, byte[]> Snapshot(string site) =>
        new(Directory.GetFiles(site, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site, f), File.ReadAllBytes), StringComparer.Ordinal);
}
