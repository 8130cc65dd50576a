using Portal.Build.Import;
using Portal.Build.Import.Pdf;
using Portal.Build.Load.Templates;
using Portal.Build.Tests.Support;
using Xunit.Abstractions;

namespace Portal.Build.Tests.Import;

/// <summary>
/// PDF tables printed without ruled lines: the Putuo PDF rewritten with every ruled line left unpainted (the same
/// letters at the same places, nothing else) imports to the cells of its checked transcription, its columns found
/// from the headings alone; a heading missing stops that table instead of a guess.
/// </summary>
public sealed class UnruledPdfImportTests(ITestOutputHelper output)
{
    [Fact]
    public void The_putuo_pdf_without_its_ruled_lines_imports_with_every_table_cell_equal_to_the_checked_transcription()
    {
        using var site = new TempSite();
        var file = UnruledPutuo(site);
        Assert.DoesNotContain(PdfLayoutReader.Read(file).Blocks, b => b is LayoutGrid);

        var (result, comparison) = PdfImportTests.ImportPutuo(site, file, output);

        output.WriteLine(result.Summary);
        var report = result.Report!;
        Assert.Equal(report.Template.Forms.Select(f => f.Id), report.Tables.Select(t => t.Form.Id));
        Assert.Equal(965, comparison.Cells);
        Assert.Equal(comparison.Cells, comparison.EqualCells);
        // The one difference is outside the template's tables: the list of units under 二、部门决算单位构成 has no
        // title and no template header to find its columns by, so without its lines it reads as a paragraph.
        var section = Assert.Single(comparison.Differences);
        Assert.StartsWith("overview.sections[1].body: ", section);
        Assert.EndsWith("的单位包括：\n\n序号 单位名称 备注\n\n1 中共上海市普陀区委社会工作部（本级）\n\n2 上海市普陀区社会工作发展服务中心»", section);
        // Every table says, page by page, that it was read from its headings and where each column's edge was put.
        Assert.Equal(report.Template.Forms.Select(f => f.Title), report.Columns.Select(c => c[..c.IndexOf('（')]).Distinct());
        Assert.Contains("收入决算表（第6页，无表格线）：栏据表头定出，栏界 x = “功能分类科目编码” | 126 | “科目名称” | 286 | “本年收入合计” | 363 | “财政拨款收入” | 441 | “上级补助收入” | 522 | “事业收入” | 587 | “经营收入” | 650 | “附属单位上缴收入” | 716 | “其他收入”", report.Columns[1]);
        Assert.Contains("收入决算表：找到（第6页 (78, 437)（无表格线）、第7页 (78, 489)（无表格线））", result.Summary);
        var full = File.ReadAllText(Path.Combine(site.Content, "putuo-shegongbu", "sources", "2024.import.txt"));
        Assert.Contains("tables.income.rows[0][2] = 307.82 ← 第6页 (309, 376) 栏“本年收入合计”", full);
    }

    [Fact]
    public void A_heading_missing_from_an_unruled_table_is_reported_and_that_table_is_not_read_rather_than_guessed()
    {
        using var site = new TempSite();
        var layout = PdfLayoutReader.Read(UnruledPutuo(site));
        // The 收入决算表 prints no 财政拨款收入 heading: its letters taken out of the header line they stand in.
        var blocks = layout.Blocks.Select(b => b is TextLine { Page: 6, Glyphs: { } glyphs } line && line.Text.Contains("财政拨款收入", StringComparison.Ordinal)
            ? line with { Glyphs = glyphs.Where(g => g.Left < 369 || g.Right > 434).ToArray(), Text = line.Text.Replace("财政拨款收入", string.Empty, StringComparison.Ordinal) }
            : b).ToList();

        var report = ReportAssembler.Assemble(layout with { Blocks = blocks }, TemplateCatalog.Shipped.Find("shanghai")!);

        Assert.DoesNotContain(report.Tables, t => t.Form.Id == "income");
        Assert.Contains("第6页 (395, 494)：印有表名“收入决算表”，其下没有表格线；按表头定栏，但表头中找不到“财政拨款收入”：不猜栏位，这张表未录入，其下各行列在未能安排的文字中", report.Problems);
        // Its lines are listed as unplaced, figures and all; the other eight tables are read from their headings.
        Assert.Contains(report.Unplaced, u => u.StartsWith("第6页 (77, 353)：", StringComparison.Ordinal) && u.EndsWith("“201 一般公共服务支出 264.87 264.87”", StringComparison.Ordinal));
        Assert.Equal(8, report.Tables.Count);
        Assert.Single(report.Problems, p => p.Contains("收入决算表", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_printed_across_two_columns_of_an_unruled_table_is_reported_and_left_blank_not_given_to_either()
    {
        using var site = new TempSite();
        var layout = PdfLayoutReader.Read(UnruledPutuo(site));
        // The 201 row's 财政拨款收入 264.87 (x 387–416) moved left to x 350, across the gap between the
        // 本年收入合计 and 财政拨款收入 headings (x 355–370).
        var blocks = layout.Blocks.Select(b =>
        {
            if (b is not TextLine { Page: 6, Glyphs: { } glyphs } line || !line.Text.StartsWith("201 ", StringComparison.Ordinal))
            {
                return b;
            }

            var figure = glyphs.Where(g => g.Left > 380 && g.Left < 420).ToList();
            var shift = 350 - figure[0].Left;
            return line with { Glyphs = glyphs.Select(g => figure.Contains(g) ? g with { Left = g.Left + shift, Right = g.Right + shift } : g).ToArray() };
        }).ToList();

        var report = ReportAssembler.Assemble(layout with { Blocks = blocks }, TemplateCatalog.Shipped.Find("shanghai")!);

        var income = report.Tables.Single(t => t.Form.Id == "income");
        Assert.Equal(["201", "一般公共服务支出", "264.87", null, null, null, null, null, null], income.Rows[1].Select(v => v.Text));
        Assert.Equal(["第6页 (350, 353)：收入决算表 没有表格线，“264.87”跨在两栏（“本年收入合计”、“财政拨款收入”）的界线上，不能确定属于哪一栏：未录入，请核对"], report.Problems);
        Assert.Empty(report.Unplaced);
    }

    [Fact]
    public void An_unruled_table_whose_code_is_printed_in_lei_kuan_xiang_columns_reads_the_code_joined()
    {
        // Test data, not a published figure: a 一般公共预算财政拨款支出决算表 laid out as Hunan prints codes, 类 款 项
        // under 功能分类科目编码, no ruled lines. Letters 10 wide (figures 5), size 10.
        var blocks = new List<LayoutBlock>
        {
            Printed(760, ("一般公共预算财政拨款支出决算表", 150)),
            Printed(745, ("单位：万元", 450)),
            Printed(730, ("项目", 130), ("合计", 300), ("基本支出", 370), ("项目支出", 450)),
            Printed(718, ("功能分类", 60), ("科目名称", 160)),
            Printed(706, ("科目编码", 60)),
            Printed(694, ("类", 55), ("款", 75), ("项", 95)),
            Printed(676, ("合计", 150), ("307.82", 300), ("105.58", 380), ("202.24", 460)),
            Printed(656, ("201", 52), ("39", 73), ("01", 93), ("行政运行", 130), ("51.32", 302), ("51.32", 382)),
            Printed(640, ("注：本表反映部门本年度一般公共预算财政拨款支出情况。", 50)),
        };

        var report = ReportAssembler.Assemble(new SourceLayout("pdf", blocks), TemplateCatalog.Shipped.Find("shanghai")!);

        var table = Assert.Single(report.Tables);
        Assert.Equal("general-budget", table.Form.Id);
        Assert.Equal([[null, "合计", "307.82", "105.58", "202.24"], ["2013901", "行政运行", "51.32", "51.32", null]], table.Rows.Select(r => r.Select(v => v.Text).ToArray()));
        Assert.Empty(report.Problems);
        Assert.Empty(report.Unplaced);
        // Each edge in the middle of the white gap between two headings: 款|项 at 89, between 85 (款) and 93 (01).
        Assert.Equal(["一般公共预算财政拨款支出决算表（第1页，无表格线）：栏据表头定出，栏界 x = “类” | 70 | “款” | 89 | “项” | 118 | “科目名称” | 250 | “合计” | 350 | “基本支出” | 430 | “项目支出”"], report.Columns);
    }

    /// <summary>A printed line of words at their x, on page 1 at <paramref name="baseline"/>: Chinese letters 10 wide, figures and Latin 5.</summary>
    private static TextLine Printed(double baseline, params (string Text, double X)[] words)
    {
        var glyphs = new List<Glyph>();
        foreach (var (text, x) in words)
        {
            var at = x;
            foreach (var letter in text)
            {
                var width = TextJoin.IsWide(letter) ? 10 : 5;
                glyphs.Add(new Glyph(letter.ToString(), at, at + width, baseline, 10));
                at += width;
            }
        }

        return new TextLine(string.Join(" ", words.Select(w => w.Text)), true, 1, $"第1页 ({words[0].X:F0}, {baseline:F0})", glyphs);
    }

    /// <summary>The Putuo PDF without its ruled lines, written into the test's sandbox.</summary>
    private static string UnruledPutuo(TempSite site)
    {
        var file = Path.Combine(site.Sandbox, "putuo-unruled.pdf");
        File.WriteAllBytes(file, UnruledPdf.From(File.ReadAllBytes(PdfImportTests.PutuoPdf)));
        return file;
    }
}
