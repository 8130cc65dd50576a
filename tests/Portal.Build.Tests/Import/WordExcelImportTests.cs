using Portal.Build.Import;
using Portal.Build.Load.Templates;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;
using Xunit.Abstractions;

namespace Portal.Build.Tests.Import;

/// <summary>
/// <c>portal import</c> of Word and Excel files the tests write with DocumentFormat.OpenXml from the sample reports'
/// YAML, in the shapes of each shipped template (merged header cells, a code split into 类/款/项, a table broken in
/// two, thousands separators): the tables imported are the tables they were written from, cell by cell.
/// </summary>
public sealed class WordExcelImportTests(ITestOutputHelper output)
{
    /// <summary>Every sample report with template tables (the Sichuan seeds list their tables' titles only).</summary>
    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Content, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Content, file).Replace('\\', '/');
            if (relative.Count(c => c == '/') == 1 && Path.GetFileNameWithoutExtension(file).All(char.IsAsciiDigit))
            {
                data.Add(relative);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Each_sample_reports_tables_written_as_docx_import_back_unchanged(string report)
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryPaths.Content, report));
        var template = TemplateOf(yaml);
        var tables = PrintedTables.From(yaml, template);
        if (tables.Count == 0)
        {
            // The Sichuan seeds list only their 附表 titles and the Zhuzhou ones are 绩效自评 only: no tables to round-trip.
            Assert.DoesNotContain("\ntables:", yaml);
            return;
        }

        AssertRoundTrip(yaml, template, ".docx", file => TestDocuments.Word(file, tables));
    }

    [Theory]
    [InlineData("huaihua-jiguan-shiwu/2023.yml")]
    [InlineData("putuo-shegongbu/2024.yml")]
    public void A_docx_with_split_codes_a_broken_table_and_thousands_separators_imports_as_the_joined_plain_figures(string report)
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryPaths.Content, report));
        var template = TemplateOf(yaml);
        AssertRoundTrip(yaml, template, ".docx", file => TestDocuments.Word(file, PrintedTables.From(yaml, template, splitCodes: true, thousands: true), breakTable: true));
    }

    [Theory]
    [InlineData("huaihua-jiguan-shiwu/2023.yml")]
    [InlineData("putuo-shegongbu/2024.yml")]
    public void An_xlsx_with_one_sheet_per_table_imports_as_the_tables_it_was_written_from(string report)
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryPaths.Content, report));
        var template = TemplateOf(yaml);
        AssertRoundTrip(yaml, template, ".xlsx", file => TestDocuments.Excel(file, PrintedTables.From(yaml, template, thousands: true)));
    }

    [Theory]
    [InlineData("huaihua-jiguan-shiwu/2023.yml")]
    [InlineData("putuo-shegongbu/2024.yml")]
    public void An_xlsx_sheet_holding_several_tables_one_under_another_imports_as_those_tables(string report)
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryPaths.Content, report));
        var template = TemplateOf(yaml);
        // Three tables a sheet, an empty row between one table's notes and the next one's title.
        AssertRoundTrip(yaml, template, ".xlsx", file => TestDocuments.Excel(file, PrintedTables.From(yaml, template, thousands: true), perSheet: 3));
    }

    [Fact]
    public void A_sichuan_free_form_table_takes_its_printed_first_row_as_its_header()
    {
        // Test data, not a published figure: the Sichuan template knows these forms by title only.
        const string yaml = """
            template: sichuan
            tables:
              appendix-10:
                header: [[项目, 预算数, 决算数]]
                rows:
                  - [合计, "12.50", "10.00"]
                  - [公务接待费, "2.50", "0.00"]
            """;
        var template = TemplateCatalog.Shipped.Find("sichuan")!;
        AssertRoundTrip(yaml, template, ".docx", file => TestDocuments.Word(file, PrintedTables.From(yaml, template)), withHeader: true);
    }

    [Theory]
    [InlineData(".docx")]
    [InlineData(".xlsx")]
    public void A_damaged_word_or_excel_file_is_refused_in_one_line_and_nothing_is_written(string extension)
    {
        using var site = new TempSite();
        var file = Path.Combine(site.Sandbox, "report" + extension);
        File.WriteAllBytes(file, "PK\u0003\u0004 not a zip"u8.ToArray());

        var result = ReportImporter.Import(site.Config(), file, "ceshi", 2024, null, force: false);

        Assert.False(result.Succeeded);
        Assert.StartsWith($"report{extension} 无法读取，文件可能已损坏或已加密：", result.Error);
        Assert.DoesNotContain('\n', result.Error!);
        Assert.False(Directory.Exists(Path.Combine(site.Content, "ceshi")));
    }

    [Fact]
    public void A_word_file_with_no_table_of_any_template_is_refused_naming_what_it_found()
    {
        using var site = new TempSite();
        var file = Path.Combine(site.Sandbox, "letter.docx");
        TestDocuments.Word(file, [new PrintedTable(null, "会议通知", [], [["时间", "地点"], ["周一", "三楼"]], [])]);

        var result = ReportImporter.Import(site.Config(), file, "ceshi", 2024, null, force: false);

        Assert.False(result.Succeeded);
        Assert.Equal("letter.docx 不像任何表格模板（hunan、shanghai、sichuan）的部门决算：找到 1 张表格（表格1 2 行 2 栏），但没有一张的表名是任何一个模板中的表名", result.Error);
        Assert.False(Directory.Exists(Path.Combine(site.Content, "ceshi")));
    }

    [Fact]
    public void A_title_with_no_table_under_it_is_reported_and_its_lines_are_listed_as_unplaced()
    {
        using var site = new TempSite();
        var file = Path.Combine(site.Sandbox, "report.docx");
        // 收入决算表 printed as paragraphs (a Word file has no positions to find columns by), then a real 支出决算表.
        var yaml = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "putuo-shegongbu", "2024.yml"));
        var expenditure = PrintedTables.From(yaml, TemplateCatalog.Shipped.Find("shanghai")!).Single(t => t.Title == "支出决算表");
        TestDocuments.Word(file, [expenditure], before: ["收入决算表", "单位：万元", "201 一般公共服务支出 264.87 264.87"]);

        var result = ReportImporter.Import(site.Config(), file, "ceshi", 2024, "shanghai", force: false);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["支出决算表"], result.Report!.Tables.Select(t => t.Form.Title));
        Assert.Contains("第1段：印有表名“收入决算表”，其下却没有表格：这张表未录入，其下各行列在未能安排的文字中", result.Report.Problems);
        Assert.Contains("第3段：第3行 “201 一般公共服务支出 264.87 264.87”", result.Report.Unplaced);
        Assert.Contains("  收入决算表：未找到（必需的表：请手工录入）", result.Summary);
    }

    [Fact]
    public void A_hunan_docx_gives_each_table_the_department_printed_under_its_title()
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "huaihua-jiguan-shiwu", "2023.yml"));
        var template = TemplateOf(yaml);
        using var site = new TempSite();
        var file = Path.Combine(site.Sandbox, "report.docx");
        // As the Huaihua print has it: "部门：怀化市机关事务管理局  公开05表  单位：万元" on the line under each title.
        TestDocuments.Word(file, PrintedTables.From(yaml, template), department: "怀化市机关事务管理局");

        var result = ReportImporter.Import(site.Config(), file, "round-trip", 2023, template.Name, force: false);

        Assert.True(result.Succeeded, result.Error);
        var tables = result.Report!.Tables;
        Assert.Equal(template.Forms.Count, tables.Count);
        Assert.All(tables, t => Assert.Equal(("怀化市机关事务管理局", "万元"), (t.DepartmentRaw, t.Unit)));
        Assert.Equal("怀化市机关事务管理局", result.Report.DepartmentName);
        Assert.Empty(result.Report.Unplaced);
        var imported = File.ReadAllText(Path.Combine(site.Content, "round-trip", "2023.yml"));
        Assert.Equal(tables.Count, imported.Split('\n').Count(l => l == "    department_raw: 怀化市机关事务管理局"));
        Assert.Empty(ReportComparison.Of(yaml, imported, tablesOnly: true).Differences);
    }

    [Fact]
    public void Headings_numbered_by_words_automatic_numbering_get_their_printed_numbers_and_levels_back()
    {
        using var site = new TempSite();
        var file = Path.Combine(site.Sandbox, "report.docx");
        TestDocuments.NumberedWord(file,
        [
            ("第三部分 2024年度部门决算情况说明", null),
            ("收入支出决算总体情况说明", 0),
            ("本年度收入、支出总计均为 307.82 万元。", null),
            ("收入决算情况说明", 0),
            ("财政拨款收入", 1),
            ("一般公共预算财政拨款收入", 2),
            ("政府性基金预算财政拨款收入", 2),
            ("其他收入", 1),
            ("事业收入", 2),
            ("支出决算情况说明", 0),
        ]);

        var report = ReportAssembler.Assemble(Portal.Build.Import.Word.WordLayoutReader.Read(file), TemplateCatalog.Shipped.Find("shanghai")!);

        static IEnumerable<string> Tree(ImportedSection s) => new[] { $"{s.Level} {s.HeadingRaw}" }.Concat(s.Sections.SelectMany(Tree));
        Assert.Equal(
            ["1 一、收入支出决算总体情况说明", "1 二、收入决算情况说明", "2 （一）财政拨款收入", "3 1.一般公共预算财政拨款收入", "3 2.政府性基金预算财政拨款收入", "2 （二）其他收入", "3 1.事业收入", "1 三、支出决算情况说明"],
            report.Explanation!.Sections.SelectMany(Tree));
        Assert.Equal(["本年度收入、支出总计均为 307.82 万元。"], report.Explanation.Sections[0].Paragraphs);
        Assert.Empty(report.Unplaced);
    }

    private void AssertRoundTrip(string yaml, Portal.Core.Model.Templates.TableTemplate template, string extension, Action<string> write, bool withHeader = false)
    {
        using var site = new TempSite();
        var file = Path.Combine(site.Sandbox, "report" + extension);
        write(file);

        var result = ReportImporter.Import(site.Config(), file, "round-trip", 2024, template.Name, force: false);
        Assert.True(result.Succeeded, result.Error);
        var imported = File.ReadAllText(Path.Combine(site.Content, "round-trip", "2024.yml"));
        var comparison = ReportComparison.Of(yaml, imported, tablesOnly: true);
        output.WriteLine($"{comparison.EqualCells}/{comparison.Cells} cells equal");
        foreach (var difference in comparison.Differences)
        {
            output.WriteLine(difference);
        }

        Assert.Empty(comparison.Differences);
        Assert.True(comparison.Cells > 0);
        if (withHeader)
        {
            Assert.Contains("header: [[\"项目\", \"预算数\", \"决算数\"]]", imported);
        }

        // Nothing guessed: the import placed every line it read, and the draft loads without errors.
        Assert.DoesNotContain(result.Report!.Problems, p => !p.Contains("不是数字", StringComparison.Ordinal));
        var validate = site.Validate();
        Assert.DoesNotContain(validate.Diagnostics, d => d.Severity == Severity.Error);
    }

    private static Portal.Core.Model.Templates.TableTemplate TemplateOf(string yaml)
    {
        var name = yaml.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("template:", StringComparison.Ordinal))?["template:".Length..].Trim() ?? TemplateCatalog.DefaultName;
        return TemplateCatalog.Shipped.Find(name)!;
    }
}
