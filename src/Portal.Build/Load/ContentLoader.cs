using System.Text.RegularExpressions;
using Portal.Build.Load.Readers;
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

    public static ContentSet Load(string contentDirectory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(contentDirectory))
        {
            diagnostics.Error(BuildStage.Load, null, null, $"the content folder '{contentDirectory}' does not exist");
            return new ContentSet([]);
        }

        var departments = new List<DepartmentContent>();
        foreach (var folder in Directory.GetDirectories(contentDirectory).Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileName(folder);
            if (slug.StartsWith('.') || slug.StartsWith('_'))
            {
                continue;
            }

            if (!Slug().IsMatch(slug))
            {
                diagnostics.Error(BuildStage.Load, new SourceLocation(Display(folder), 1, 1), null,
                    $"bad department slug '{slug}': expected lower-case ASCII letters and digits joined by '-', e.g. huaihua-jiguan-shiwu");
                continue;
            }

            if (LoadDepartment(folder, slug, diagnostics) is { } department)
            {
                departments.Add(department);
            }
        }

        return new ContentSet(departments);
    }

    /// <summary>Whether a folder name is a valid department slug (lower-case ASCII words joined by '-').</summary>
    public static bool IsSlug(string slug) => Slug().IsMatch(slug);

    /// <summary>The path as the webmaster should see it in an error: relative to the working folder.</summary>
    public static string Display(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);

    private static DepartmentContent? LoadDepartment(string folder, string slug, DiagnosticBag diagnostics)
    {
        var departmentFile = Path.Combine(folder, "department.yml");
        Department? department = null;
        if (!File.Exists(departmentFile))
        {
            diagnostics.Error(BuildStage.Load, new SourceLocation(Display(folder), 1, 1), null,
                "missing department.yml: every department folder needs one (name, province, level)");
        }
        else if (ReadRoot(departmentFile, diagnostics) is { } root)
        {
            department = DepartmentReader.Read(root.Reader, slug, departmentFile);
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
                diagnostics.Error(BuildStage.Load, new SourceLocation(Display(file), 1, 1), null,
                    $"bad report file name '{name}': expected <year>.yml with a year from {MinYear} to {MaxYear}, e.g. 2023.yml");
                continue;
            }

            if (ReadRoot(file, diagnostics) is { } root)
            {
                reports.Add(ReportReader.Read(root.Reader, slug, year, file, root.Map));
            }
        }

        return department is null ? null : new DepartmentContent(department, reports);
    }

    private static (MappingReader Reader, SourceMap Map)? ReadRoot(string file, DiagnosticBag diagnostics)
    {
        var display = Display(file);
        var node = YamlDocumentParser.Parse(File.ReadAllText(file), display, diagnostics);
        if (node is null)
        {
            return null;
        }

        var map = new SourceMap(display);
        var reader = new ReadContext(map, diagnostics).Mapping(node, string.Empty);
        return reader is null ? null : (reader, map);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
