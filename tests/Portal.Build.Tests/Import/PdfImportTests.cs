using Portal.Build.Import;
using Portal.Build.Load.Templates;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit.Abstractions;

namespace Portal.Build.Tests.Import;

/// <summary>
/// <c>portal import</c> of Shanghai's PDFs: the Putuo report is compared cell by cell and section by section with its
/// checked transcription (content/putuo-shegongbu/2024.yml); the blank template imports with every table and no figure.
/// </summary>
public sealed class PdfImportTests(ITestOutputHelper output)
{
    /// <summary>The published PDF, kept beside the report as its official original.</summary>
    public static readonly string PutuoPdf = Path.Combine(RepositoryPaths.Content, "putuo-shegongbu", "sources", "2024.pdf");

    public static readonly string TemplatePdf = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "seeds", "shanghai", "shanghai-template-2024.pdf"));

    [Fact]
    public void The_putuo_pdf_imports_with_every_table_cell_and_section_equal_to_the_checked_transcription()
    {
        using var site = new TempSite();
        var (result, comparison) = ImportPutuo(site, PutuoPdf, output);

        Assert.Equal("shanghai", result.Report!.Template.Name);
        Assert.True(comparison.Cells > 600, $"only {comparison.Cells} cells compared");
        Assert.Empty(comparison.Differences);
        Assert.Equal(comparison.Cells, comparison.EqualCells);
    }

    /// <summary>Imports <paramref name="pdf"/> as Putuo's 2024 report and compares it with the checked transcription, printing every difference.</summary>
    internal static (ImportResult Result, ReportComparison Comparison) ImportPutuo(TempSite site, string pdf, ITestOutputHelper output)
    {
        var result = ReportImporter.Import(site.Config(), pdf, "putuo-shegongbu", 2024, templateName: null, force: false);
        Assert.True(result.Succeeded, result.Error);
        var imported = File.ReadAllText(Path.Combine(site.Content, "putuo-shegongbu", "2024.yml"));
        var transcribed = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "putuo-shegongbu", "2024.yml"));
        var comparison = ReportComparison.Of(transcribed, imported);
        output.WriteLine($"cells equal: {comparison.EqualCells}/{comparison.Cells} ({comparison.CellsEqualPercent:F1}%); sections and terms equal: {comparison.EqualSections}/{comparison.Sections}");
        foreach (var difference in comparison.Differences)
        {
            output.WriteLine(difference);
        }

        return (result, comparison);
    }

    [Fact]
    public void The_imported_putuo_report_builds_and_its_page_links_the_original_pdf_beside_the_text()
    {
        using var site = new TempSite();
        var result = ReportImporter.Import(site.Config(), PutuoPdf, "putuo-shegongbu", 2024, templateName: "shanghai", force: false);
        Assert.True(result.Succeeded, result.Error);

        var build = site.Build();
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics.Where(d => d.Severity == Severity.Error)));
        var sources = Path.Combine(site.Content, "putuo-shegongbu", "sources");
        Assert.Equal(File.ReadAllBytes(PutuoPdf), File.ReadAllBytes(Path.Combine(sources, "2024.pdf")));
        var text = File.ReadAllLines(Path.Combine(sources, "2024.txt"));
        // source_line points into the text: the 收入支出决算总表 title is the line the table says.
        var summary = result.Report!.Tables.Single(t => t.Form.Id == "summary");
        Assert.Equal("收入支出决算总表", text[summary.SourceLine - 1]);
        var overview = result.Report.Overview!.Sections[0];
        Assert.Equal("一、主要职能", text[overview.SourceLine - 1]);

        // The site publishes the original beside the text transcript and links it from the report page.
        Assert.Equal(File.ReadAllBytes(PutuoPdf), File.ReadAllBytes(Path.Combine(site.Output, "putuo-shegongbu", "2024", "original.pdf")));
        var page = site.ReadOutput("putuo-shegongbu/2024/index.html");
        Assert.Contains("<a href=\"../../putuo-shegongbu/2024/source.txt\" download>下载原文</a>、<a href=\"../../putuo-shegongbu/2024/original.pdf\" class=\"original\">正式公开的原件（PDF）</a>", page);
    }

    [Fact]
    public void Every_imported_figure_says_where_it_was_printed_in_the_import_report()
    {
        using var site = new TempSite();
        var result = ReportImporter.Import(site.Config(), PutuoPdf, "putuo-shegongbu", 2024, templateName: null, force: false);
        Assert.True(result.Succeeded, result.Error);

        var report = File.ReadAllText(Path.Combine(site.Content, "putuo-shegongbu", "sources", "2024.import.txt"));
        // 收入决算表 合计 本年收入合计 307.82, printed on page 6 at x 309.4, y 376.5.
        Assert.Contains("tables.income.rows[0][2] = 307.82 ← 第6页 (309, 376)", report);
        var figures = result.Report!.Tables.SelectMany(t => t.AmountCells()).Count(c => c.Value.Text is not null);
        Assert.Equal(figures, report.Split('\n').Count(l => l.Contains(" ← 第", StringComparison.Ordinal)));
        Assert.Contains("收入决算表：找到（第6页 (71, 474)、第7页 (71, 505)）", result.Summary);
    }

    [Fact]
    public void The_blank_shanghai_template_imports_as_an_empty_report_with_every_table_found_and_no_figure()
    {
        var report = ReportImporter.Read(TemplatePdf, TemplateCatalog.Shipped, templateName: null);

        Assert.Equal("shanghai", report.Template.Name);
        Assert.Equal(report.Template.Forms.Select(f => f.Id), report.Tables.Select(t => t.Form.Id));
        var cells = report.Tables.SelectMany(t => t.AmountCells()).ToList();
        Assert.True(cells.Count > 400, $"only {cells.Count} amount cells");
        Assert.All(cells, c => Assert.Null(c.Value.Text));
        // The rows are there, as printed, with their names and no figures.
        Assert.Contains(report.Tables.Single(t => t.Form.Id == "summary").Expenditure, r => r[0].Text == "一、一般公共服务支出");
    }

    [Fact]
    public void A_pdf_without_a_text_layer_is_refused_in_one_line_and_nothing_is_written()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 400, 600);
        AssertRefused(builder.Build(), "没有文字层（扫描件）");
    }

    [Fact]
    public void A_damaged_pdf_is_refused_in_one_line_and_nothing_is_written()
    {
        AssertRefused("%PDF-1.7\nthis is not a pdf body\n"u8.ToArray(), "无法读取，文件可能已损坏");
    }

    [Fact]
    public void An_encrypted_pdf_is_refused_in_one_line_and_nothing_is_written()
    {
        AssertRefused(EncryptedPdf(), "已加密：请先取得未加密的文件");
    }

    /// <summary>A one-page PDF with a standard security handler whose password is not empty (its /U does not match).</summary>
    private static byte[] EncryptedPdf()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            $"<< /Filter /Standard /V 1 /R 2 /O <{string.Concat(Enumerable.Repeat("11", 32))}> /U <{string.Concat(Enumerable.Repeat("22", 32))}> /P -4 >>",
        ];
        var pdf = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }

        var id = string.Concat(Enumerable.Repeat("ab", 16));
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(pdf.ToString());
    }

    [Fact]
    public void A_pdf_that_prints_no_table_of_any_template_is_refused_naming_what_it_found()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        page.AddText("Annual report", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 780), font);
        page.DrawLine(new UglyToad.PdfPig.Core.PdfPoint(50, 700), new UglyToad.PdfPig.Core.PdfPoint(300, 700));
        page.DrawLine(new UglyToad.PdfPig.Core.PdfPoint(50, 600), new UglyToad.PdfPig.Core.PdfPoint(300, 600));
        page.DrawLine(new UglyToad.PdfPig.Core.PdfPoint(50, 600), new UglyToad.PdfPig.Core.PdfPoint(50, 700));
        page.DrawLine(new UglyToad.PdfPig.Core.PdfPoint(300, 600), new UglyToad.PdfPig.Core.PdfPoint(300, 700));
        AssertRefused(builder.Build(), "不像任何表格模板（hunan、shanghai、sichuan）的部门决算：找到 1 张表格（第1页 (50, 700) 1 行 1 栏）");
    }

    [Fact]
    public void An_existing_report_is_not_overwritten_without_force_and_with_force_the_changes_are_listed()
    {
        using var site = new TempSite();
        var first = ReportImporter.Import(site.Config(), PutuoPdf, "putuo-shegongbu", 2024, null, force: false);
        Assert.True(first.Succeeded, first.Error);
        var file = Path.Combine(site.Content, "putuo-shegongbu", "2024.yml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("[\"201\", \"一般公共服务支出\", 264.87, 264.87", "[\"201\", \"一般公共服务支出\", 264.78, 264.87"));
        var edited = File.ReadAllText(file);

        var refused = ReportImporter.Import(site.Config(), PutuoPdf, "putuo-shegongbu", 2024, null, force: false);
        Assert.False(refused.Succeeded);
        Assert.Equal("content/putuo-shegongbu/2024.yml 已经存在：portal import 不覆盖它（确要重新导入，请加 --force，会列出改动）", refused.Error);
        Assert.Equal(edited, File.ReadAllText(file));

        var forced = ReportImporter.Import(site.Config(), PutuoPdf, "putuo-shegongbu", 2024, null, force: true);
        Assert.True(forced.Succeeded, forced.Error);
        var changes = forced.Changes!.Split('\n');
        Assert.Equal(3, changes.Length);
        Assert.StartsWith("-", changes[1]);
        Assert.Contains("264.78", changes[1]);
        Assert.StartsWith("+", changes[2]);
        Assert.Contains("[\"201\", \"一般公共服务支出\", 264.87, 264.87", changes[2]);
    }

    private static void AssertRefused(byte[] pdf, string expected)
    {
        using var site = new TempSite();
        var file = Path.Combine(site.Sandbox, "report.pdf");
        File.WriteAllBytes(file, pdf);
        var result = ReportImporter.Import(site.Config(), file, "some-department", 2024, null, force: false);
        Assert.False(result.Succeeded);
        Assert.Contains(expected, result.Error);
        Assert.DoesNotContain('\n', result.Error!);
        Assert.Empty(result.Written);
        Assert.False(Directory.Exists(Path.Combine(site.Content, "some-department")));
    }
}
