using System.Text.RegularExpressions;
using Portal.Build.Load.Readers;
using Portal.Build.Load.Templates;
using Portal.Build.Load.Yaml;
using Portal.Core.Diagnostics;
using Portal.Core.Model;

namespace Portal.Build.Load;

/// <summary>
/// Load stage: reads <c>content/&lt;slug&gt;/department.yml</c> and <c>content/&lt;slug&gt;/&lt;year&gt;.yml</c>.
/// Every file is read even after an error so that one build reports every problem.
/// </summary>
public static partial class ContentLoader
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    /// <param name="cache">Files read by earlier builds of the same site (<c>portal serve</c>); null for a one-off build.</param>
    /// <param name="language">The site's message language: YAML mistakes and misspelt keys are explained in it.</param>
    public static ContentSet Load(string contentDirectory, DiagnosticBag diagnostics, LoadedFiles? cache = null, MessageLanguage language = MessageLanguage.Chinese)
    {
        if (!Directory.Exists(contentDirectory))
        {
            diagnostics.Error(BuildStage.Load, null, null, language.Say(
                $"内容文件夹 '{contentDirectory}' 不存在：在 site.yml 旁边建一个 content 文件夹，或改 content_dir",
                $"the content folder '{contentDirectory}' does not exist"));
            return new ContentSet([]);
        }

        // Department folders are independent: read them on every core, each into its own diagnostics, then
        // merge in folder order so the content and the error list come out as a sequential read gives them.
        var folders = Directory.GetDirectories(contentDirectory)
            .Order(StringComparer.Ordinal)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !Path.GetFileName(f).StartsWith('_'))
            .ToArray();
        var templates = TemplateCatalog.Load(contentDirectory, diagnostics);
        cache?.UseTemplates(templates);
        var loaded = new (DepartmentContent? Department, DiagnosticBag Diagnostics)[folders.Length];
        var pool = new TextPool();
        Parallel.For(0, folders.Length, i =>
        {
            var own = new DiagnosticBag();
            loaded[i] = (LoadFolder(folders[i], own, cache, templates, language, pool), own);
        });

        var departments = new List<DepartmentContent>(folders.Length);
        foreach (var (department, own) in loaded)
        {
            foreach (var diagnostic in own.Items)
            {
                diagnostics.Add(diagnostic);
            }

            if (department is not null)
            {
                departments.Add(department);
            }
        }

        return new ContentSet(departments) { Templates = templates.All.ToArray() };
    }

    /// <summary>Whether a folder name is a valid department slug (lower-case ASCII words joined by '-').</summary>
    public static bool IsSlug(string slug) => Slug().IsMatch(slug);

    private static DepartmentContent? LoadFolder(string folder, DiagnosticBag diagnostics, LoadedFiles? cache, TemplateCatalog templates, MessageLanguage language, TextPool pool)
    {
        var slug = Path.GetFileName(folder);
        if (!IsSlug(slug))
        {
            diagnostics.Error(BuildStage.Load, new SourceLocation(Display(folder), 1, 1), null, language.Say(
                $"部门文件夹名 '{slug}' 不合要求：只能用小写英文字母和数字，用 '-' 连接，例如 huaihua-jiguan-shiwu",
                $"bad department slug '{slug}': expected lower-case ASCII letters and digits joined by '-', e.g. huaihua-jiguan-shiwu"));
            return null;
        }

        return LoadDepartment(folder, slug, diagnostics, cache, templates, language, pool);
    }

    /// <summary>The path as the webmaster should see it in an error: relative to the working folder.</summary>
    public static string Display(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);

    private static DepartmentContent? LoadDepartment(string folder, string slug, DiagnosticBag diagnostics, LoadedFiles? cache, TemplateCatalog templates, MessageLanguage language, TextPool pool)
    {
        var departmentFile = Path.Combine(folder, "department.yml");
        Department? department = null;

        // A content file that is a link out of its department folder is not read: its text would be published
        // (and a file that is not YAML would be quoted in the error for it).
        var root = RealPaths.Listed(folder);
        bool IsOwn(string file)
        {
            if (RealPaths.Inside(root, Path.GetFileName(file), "the department folder", out var problem) is not null)
            {
                return true;
            }

            diagnostics.Error(BuildStage.Load, new SourceLocation(Display(file), 1, 1), null, $"this content file cannot be read: {problem}");
            return false;
        }

        if (!File.Exists(departmentFile))
        {
            diagnostics.Error(BuildStage.Load, new SourceLocation(Display(folder), 1, 1), null, language.Say(
                "缺少 department.yml：每个部门文件夹都要有一个（name、province、level），portal new 会新建它",
                "missing department.yml: every department folder needs one (name, province, level)"));
        }
        else if (IsOwn(departmentFile))
        {
            department = ReadFile(departmentFile, diagnostics, cache, language, pool, (reader, _) => DepartmentReader.Read(reader, slug, departmentFile));
        }

        var reports = new List<Report>();
        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var extension = Path.GetExtension(file);
            if (name == "department.yml" || (extension != ".yml" && extension != ".yaml"))
            {
                continue;
            }

            var stem = Path.GetFileNameWithoutExtension(file);
            if (extension == ".yaml" || !int.TryParse(stem, out var year) || stem.Length != 4 || year < MinYear || year > MaxYear)
            {
                diagnostics.Error(BuildStage.Load, new SourceLocation(Display(file), 1, 1), null, language.Say(
                    $"报告文件名 '{name}' 不合要求：应是 <年度>.yml，年度在 {MinYear} 到 {MaxYear} 之间，例如 2023.yml",
                    $"bad report file name '{name}': expected <year>.yml with a year from {MinYear} to {MaxYear}, e.g. 2023.yml"));
                continue;
            }

            if (IsOwn(file) && ReadFile(file, diagnostics, cache, language, pool, (reader, map) => ReportReader.Read(reader, slug, year, file, map, templates)) is { } report)
            {
                reports.Add(report);
            }
        }

        return department is null ? null : new DepartmentContent(department, reports);
    }

    /// <summary>
    /// Parses a YAML file and reads its root mapping with <paramref name="read"/>. Field locations are not kept:
    /// the file's <see cref="SourceMap"/> reads it again, with the same reader, only if a later stage asks for one
    /// (a validation error, a checker finding), so a large site does not hold thousands of paths per report. Under
    /// <c>portal serve</c> (a <paramref name="cache"/>) they are recorded as the file is read: a file is read there
    /// because it changed, and its report is checked straight after.
    /// </summary>
    private static T? ReadFile<T>(string file, DiagnosticBag diagnostics, LoadedFiles? cache, MessageLanguage language, TextPool pool, Func<MappingReader, SourceMap, T?> read)
        where T : class
    {
        var display = Display(file);
        if (ContentText.Read(file, display, BuildStage.Load, diagnostics) is not { } text)
        {
            return null;
        }

        if (cache is not null && cache.TryGet(file, text, out var known))
        {
            return (T?)known;
        }

        // A replay (for a field's location) keeps nothing it reads, so only the first reading shares its texts.
        T? ReadWith(string yaml, SourceMap map, DiagnosticBag bag, TextPool? shared = null) =>
            YamlDocumentParser.Parse(yaml, display, bag, language) is { } node
            && new ReadContext(map, bag, language, shared).Mapping(node, string.Empty) is { } reader
                ? read(reader, map)
                : null;

        var errorsBefore = diagnostics.Count;
        void Replay(SourceMap replay) => ReadWith(ContentText.Read(file, display, BuildStage.Load, new DiagnosticBag()) ?? string.Empty, replay, new DiagnosticBag());
        var result = ReadWith(text, cache is null ? SourceMap.Deferred(display, Replay) : SourceMap.Recorded(display, Replay), diagnostics, pool);
        if (cache is not null && result is not null && diagnostics.Count == errorsBefore)
        {
            cache.Remember(file, text, result);
        }

        return result;
    }

    // \z, not $: $ also matches before a final newline.
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex Slug();
}
