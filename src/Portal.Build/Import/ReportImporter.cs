using System.Text;
using Portal.Build.Import.Excel;
using Portal.Build.Import.Pdf;
using Portal.Build.Import.Word;
using Portal.Build.Load;
using Portal.Build.Load.Templates;
using Portal.Build.Schema;
using Portal.Build.Scaffold;
using Portal.Core.Configuration;
using Portal.Core.Diagnostics;
using Portal.Core.Model.Templates;

namespace Portal.Build.Import;

/// <summary>What <c>portal import</c> did: the files written and the import report, or the one line why nothing was written.</summary>
public sealed record ImportResult(IReadOnlyList<string> Written, string? Summary, string? Changes, string? Error, ImportedReport? Report)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// <c>portal import FILE --department SLUG --year YYYY</c>: reads a published PDF, Word or Excel file into a draft
/// <c>content/&lt;slug&gt;/&lt;year&gt;.yml</c> of a template, with its text in reading order (<c>sources/&lt;year&gt;.txt</c>),
/// the original file kept beside it (<c>sources/&lt;year&gt;.pdf</c>) and an import report saying where every value
/// came from and what to look at by hand. A document it cannot read or place writes nothing.
/// </summary>
public static class ReportImporter
{
    /// <summary>Reads <paramref name="file"/> into its layout: one reader per format, one assembler for all.</summary>
    public static SourceLayout ReadLayout(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".pdf" => PdfLayoutReader.Read(file),
        ".docx" => WordLayoutReader.Read(file),
        ".xlsx" => ExcelLayoutReader.Read(file),
        var other => throw new ImportException($"{Path.GetFileName(file)}：不能导入 {other} 文件，只能导入 .pdf、.docx 或 .xlsx"),
    };

    /// <summary>
    /// The report <paramref name="file"/> holds, of the named template or else the one whose tables it prints most of.
    /// A document that prints no table of any template is an <see cref="ImportException"/> naming what it did find.
    /// </summary>
    public static ImportedReport Read(string file, TemplateCatalog templates, string? templateName)
    {
        var layout = ReadLayout(file);
        TableTemplate template;
        if (templateName is not null)
        {
            template = templates.Find(templateName)
                ?? throw new ImportException($"没有名为 '{templateName}' 的表格模板：可用的有 {string.Join("、", templates.Names)}");
        }
        else
        {
            var best = templates.All
                .Select(t => (Template: t, Found: ReportAssembler.FormsFound(layout, t).Count))
                .OrderByDescending(p => p.Found)
                .ThenByDescending(p => (double)p.Found / p.Template.Forms.Count)
                .First();
            template = best.Template;
        }

        if (ReportAssembler.FormsFound(layout, template).Count == 0)
        {
            var grids = layout.Blocks.OfType<LayoutGrid>().ToList();
            var found = grids.Count == 0 ? "没有找到任何表格" : $"找到 {grids.Count} 张表格（{string.Join("；", grids.Take(5).Select(g => $"{g.Where} {g.Rows.Count} 行 {g.ColumnCount} 栏"))}{(grids.Count > 5 ? "……" : string.Empty)}），但没有一张的表名是任何一个模板中的表名";
            throw new ImportException($"{Path.GetFileName(file)} 不像任何表格模板（{string.Join("、", templates.Names)}）的部门决算：{found}");
        }

        return ReportAssembler.Assemble(layout, template);
    }

    public static ImportResult Import(SiteConfig config, string file, string slug, int year, string? templateName, bool force)
    {
        if (!File.Exists(file))
        {
            return Fail($"找不到文件 {file}");
        }

        if (!ContentLoader.IsSlug(slug))
        {
            return Fail($"部门文件夹名 '{slug}' 不合要求：只能用小写英文字母和数字，用 '-' 连接，例如 putuo-shegongbu");
        }

        if (Modeling.SiteFolders.Reserved.Contains(slug))
        {
            return Fail(Modeling.SiteFolders.Taken(slug, MessageLanguage.Chinese));
        }

        if (year is < ContentLoader.MinYear or > ContentLoader.MaxYear)
        {
            return Fail($"年度 {year} 不合要求：应在 {ContentLoader.MinYear} 到 {ContentLoader.MaxYear} 之间");
        }

        var folder = Path.Combine(config.ContentDirectory, slug);
        var reportFile = Path.Combine(folder, $"{year}.yml");
        if (File.Exists(reportFile) && !force)
        {
            return Fail($"{Display(config, reportFile)} 已经存在：portal import 不覆盖它（确要重新导入，请加 --force，会列出改动）");
        }

        var templates = TemplateCatalog.Load(config.ContentDirectory, new DiagnosticBag());
        ImportedReport report;
        try
        {
            report = Read(file, templates, templateName);
        }
        catch (ImportException ex)
        {
            return Fail(ex.Message);
        }

        var extension = Path.GetExtension(file).ToLowerInvariant();
        var format = extension switch { ".pdf" => "PDF", ".docx" => "Word", _ => "Excel" };
        var schemaFolder = Path.Combine(config.RootDirectory, ContentSchemas.Folder);
        var schemaPath = Path.GetRelativePath(folder, Path.Combine(schemaFolder, ContentSchemas.ReportFile)).Replace('\\', '/');
        var yaml = ReportYamlWriter.Text(report, year, schemaPath, format);
        var source = string.Join('\n', report.SourceLines) + "\n";
        var original = Path.Combine(folder, "sources", $"{year}{extension}");
        var sourceFile = Path.Combine(folder, "sources", $"{year}.txt");
        var importReport = Path.Combine(folder, "sources", $"{year}.import.txt");
        var changes = File.Exists(reportFile) ? LineDiff.Describe(File.ReadAllText(reportFile), yaml, Display(config, reportFile)) : null;

        var written = new List<string>();
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        written.AddRange(ContentSchemas.WriteInto(schemaFolder, templates.All));

        var departmentFile = Path.Combine(folder, "department.yml");
        if (!File.Exists(departmentFile))
        {
            var schema = Path.GetRelativePath(folder, Path.Combine(schemaFolder, ContentSchemas.DepartmentFile)).Replace('\\', '/');
            File.WriteAllText(departmentFile, DepartmentScaffold.Text(schema, report.DepartmentName ?? DepartmentScaffold.NamePlaceholder));
            written.Add(departmentFile);
        }

        if (Path.GetFullPath(file) != Path.GetFullPath(original))
        {
            File.Copy(file, original, overwrite: true);
        }

        written.Add(original);
        File.WriteAllText(sourceFile, source);
        written.Add(sourceFile);
        File.WriteAllText(reportFile, yaml);
        written.Add(reportFile);

        var summary = ImportReportText.Write(report, file, Display(config, reportFile), CheckFindings(config, slug, year));
        File.WriteAllText(importReport, summary.Full);
        written.Add(importReport);
        return new ImportResult(written, summary.Summary, changes, null, report);
    }

    /// <summary>The checker's findings and the loader's messages on the imported report, as <c>portal check</c> reports them.</summary>
    private static IReadOnlyList<string> CheckFindings(SiteConfig config, string slug, int year)
    {
        // Only the department imported into: its findings are the ones wanted, and a large site is not checked whole.
        var result = new Pipeline.BuildPipeline(config) { OnlyDepartment = slug }.Check();
        // A finding is also reported as a diagnostic of the check stage: each is listed once, as a finding.
        var lines = result.Diagnostics
            .Where(d => d.Stage != BuildStage.Check)
            .Where(d => d.Location?.File is { } f && f.Replace('\\', '/').EndsWith($"{slug}/{year}.yml", StringComparison.Ordinal))
            .Select(d => d.ToString())
            .ToList();
        lines.AddRange(result.Findings.Where(f => f.DepartmentSlug == slug && f.Year == year).Select(f => f.ToString()));
        return lines;
    }

    /// <summary>A path as the webmaster sees it: from the site folder (content/putuo-shegongbu/2024.yml).</summary>
    public static string Display(SiteConfig config, string path) => Path.GetRelativePath(config.RootDirectory, path).Replace('\\', '/');

    private static ImportResult Fail(string error) => new([], null, null, error, null);
}
