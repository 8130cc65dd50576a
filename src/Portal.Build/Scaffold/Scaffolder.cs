using Portal.Build.Load.Templates;
using Portal.Build.Load;
using Portal.Build.Schema;
using Portal.Core.Configuration;
using Portal.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Build.Scaffold;

/// <summary>
/// <c>portal new</c>: starts a department-year — <c>&lt;year&gt;.yml</c>, and <c>department.yml</c> and the
/// source text file when missing — and puts the JSON Schemas in <c>schema/</c> beside site.yml for the
/// <c>$schema</c> headers. Never overwrites a report or department file.
/// </summary>
public static class Scaffolder
{
    public static ScaffoldResult Create(SiteConfig config, string slug, int year, string? departmentName = null, string? templateName = null)
    {
        var say = MessageLanguages.Of(config.Language);
        var templates = TemplateCatalog.Load(config.ContentDirectory, new Portal.Core.Diagnostics.DiagnosticBag());
        if (templates.Find(templateName ?? TemplateCatalog.DefaultName) is not { } template)
        {
            return Fail(say.Say(
                $"没有名为 '{templateName}' 的表格模板：可用的有 {string.Join("、", templates.Names)}（或在内容文件夹的 {TemplateCatalog.SiteFolder}/{templateName}.yml 中自定义）",
                $"unknown template '{templateName}': expected one of {string.Join(", ", templates.Names)} (or a file {TemplateCatalog.SiteFolder}/{templateName}.yml in the content folder)"));
        }

        if (!ContentLoader.IsSlug(slug))
        {
            return Fail(say.Say(
                $"部门文件夹名 '{slug}' 不合要求：只能用小写英文字母和数字，用 '-' 连接，例如 huaihua-jiguan-shiwu",
                $"bad department slug '{slug}': expected lower-case ASCII letters and digits joined by '-', e.g. huaihua-jiguan-shiwu"));
        }

        if (Modeling.SiteFolders.Reserved.Contains(slug))
        {
            return Fail(Modeling.SiteFolders.Taken(slug, say));
        }

        if (year is < ContentLoader.MinYear or > ContentLoader.MaxYear)
        {
            return Fail(say.Say(
                $"年度 {year} 不合要求：应在 {ContentLoader.MinYear} 到 {ContentLoader.MaxYear} 之间",
                $"bad year {year}: expected a year from {ContentLoader.MinYear} to {ContentLoader.MaxYear}"));
        }

        // The name is also written into comment lines of the new files, where a line break would end the comment.
        if (departmentName is not null && (departmentName.Trim().Length == 0 || departmentName.Any(char.IsControl)))
        {
            return Fail("bad --name: expected the department's name on one line, e.g. 怀化市机关事务管理局");
        }

        var folder = Path.Combine(config.ContentDirectory, slug);
        var reportFile = Path.Combine(folder, $"{year}.yml");
        if (File.Exists(reportFile))
        {
            return Fail(say.Say(
                $"{ContentLoader.Display(reportFile)} 已经存在：portal new 从不覆盖文件（请直接编辑它，或先删除）",
                $"{ContentLoader.Display(reportFile)} already exists: portal new never overwrites a file (edit it, or delete it first)"));
        }

        var created = new List<string>();
        var schemaFolder = Path.Combine(config.RootDirectory, ContentSchemas.Folder);
        created.AddRange(ContentSchemas.WriteInto(schemaFolder, templates.All));

        Directory.CreateDirectory(folder);
        string SchemaPath(string file) => Path.GetRelativePath(folder, Path.Combine(schemaFolder, file)).Replace('\\', '/');

        var departmentFile = Path.Combine(folder, "department.yml");
        var name = departmentName ?? DepartmentScaffold.NamePlaceholder;
        if (!File.Exists(departmentFile))
        {
            File.WriteAllText(departmentFile, DepartmentScaffold.Text(SchemaPath(ContentSchemas.DepartmentFile), name));
            created.Add(departmentFile);
        }
        else if (departmentName is null)
        {
            name = ExistingName(departmentFile) ?? name;
        }

        var sourceFile = Path.Combine(folder, "sources", $"{year}.txt");
        if (!File.Exists(sourceFile))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(sourceFile)!);
            File.WriteAllText(sourceFile, $"{Placeholders.SourceText}：网站在报告旁发布它，各节的 source_line 指向它的行号。）\n");
            created.Add(sourceFile);
        }

        File.WriteAllText(reportFile, ReportScaffold.Text(SchemaPath(ContentSchemas.ReportFile), name, year, template));
        created.Add(reportFile);
        return new ScaffoldResult(created, null);
    }

    private static ScaffoldResult Fail(string error) => new([], error);

    /// <summary>The <c>name:</c> of an existing department.yml, for the new report's title.</summary>
    private static string? ExistingName(string departmentFile)
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(File.ReadAllText(departmentFile)));
        }
        catch (YamlException)
        {
            return null;
        }

        return yaml.Documents.FirstOrDefault()?.RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode("name"), out var name) && name is YamlScalarNode { Value: { Length: > 0 } text }
            ? text
            : null;
    }
}
