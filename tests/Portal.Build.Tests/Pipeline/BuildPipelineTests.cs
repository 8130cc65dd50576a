using AngleSharp.Html.Parser;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Pipeline;

public sealed class BuildPipelineTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void A_build_writes_home_department_report_source_and_glossary_pages()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var page in new[] { "index.html", "ceshi/index.html", "ceshi/2023/index.html", "ceshi/2023/source/index.html", "ceshi/2023/source.txt", "glossary/index.html", "assets/site.css" })
        {
            Assert.True(File.Exists(Path.Combine(site.Output, page)), page + " was not written");
        }
    }

    [Fact]
    public void Chinese_text_is_written_as_utf8_characters_not_entities()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        site.Build();

        var html = site.ReadOutput("ceshi/2023/index.html");

        Assert.Contains("测试市机关事务局", html);
        Assert.Contains("收入支出决算总表", html);
        Assert.DoesNotContain("&#x", html);
    }

    [Fact]
    public void Text_from_yaml_is_escaped_and_unsafe_links_are_dropped()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables.Replace("title: 收入决算表", "title: 收入决算表<img src=x onerror=alert(1)>", StringComparison.Ordinal));
        site.Build();

        var document = Parser.ParseDocument(site.ReadOutput("ceshi/2023/index.html"));

        // The only scripts are the theme's own (finding messages; chart downloads), loaded from the site, with no inline code.
        Assert.All(document.QuerySelectorAll("script"), s => Assert.True(s.GetAttribute("src") is "../../assets/report.js" or "../../assets/charts.js" && s.TextContent.Length == 0, s.OuterHtml));
        Assert.Empty(document.QuerySelectorAll("main img"));
        Assert.DoesNotContain(document.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? string.Empty).StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<img src=x onerror=alert(1)>", document.QuerySelector("#t02 h3")!.TextContent);
        Assert.Contains("<script>alert(1)</script>", document.QuerySelector("#duties")!.TextContent);
    }

    [Fact]
    public void Every_section_and_table_has_its_stable_anchor()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        site.Build();

        var document = Parser.ParseDocument(site.ReadOutput("ceshi/2023/index.html"));

        foreach (var id in new[] { "summary", "overview", "duties", "tables", "t01", "t02", "t03", "t07", "t09", "glossary", "source", "t02-2010301", "t02-total" })
        {
            Assert.NotNull(document.GetElementById(id));
        }

        Assert.Contains("来源文件未公开此表", document.GetElementById("t03")!.TextContent);
        Assert.Contains("本表无数据", document.GetElementById("t07")!.TextContent);
        Assert.Equal("922.207", Value(document.QuerySelector("#t02-2010301 td.num")!));
    }

    [Fact]
    public void Table_rows_are_indented_by_classification_depth_and_amounts_right_aligned()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        site.Build();

        var document = Parser.ParseDocument(site.ReadOutput("ceshi/2023/index.html"));

        Assert.Equal("depth-1", document.GetElementById("t02-201")!.ClassName);
        Assert.Equal("depth-2", document.GetElementById("t02-20103")!.ClassName);
        Assert.Equal("depth-3", document.GetElementById("t02-2010301")!.ClassName);
        Assert.All(document.QuerySelectorAll("#t02 tbody td.num"), td => Assert.Matches(@"^(-?\d+\.\d{2,})?$", Value(td)));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        site.Build();
        var first = Snapshot(site.Output);

        site.Build();
        var second = Snapshot(site.Output);

        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, pair => Assert.Equal(pair.Value, second[pair.Key]));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site.Output);

        site.Write("content/ceshi/2023.yml", "title: [broken");
        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Stage == BuildStage.Load);
        var after = Snapshot(site.Output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, pair => Assert.Equal(pair.Value, after[pair.Key]));
        Assert.Empty(Directory.GetDirectories(site.Root, ".public.*"));
    }

    [Fact]
    public void A_theme_overrides_one_template_by_copying_that_file()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        site.Write("site.yml", "title: 测试平台\ntheme: mine\n");
        site.Write("themes/mine/partials/tables/missing.cshtml", "@model FormDefinition\n<section id=\"@Model.Anchor\"><p>本站自定义：@Model.Label 未公开</p></section>\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = site.ReadOutput("ceshi/2023/index.html");
        Assert.Contains("本站自定义：公开03表 未公开", html);
        Assert.Contains("收入支出决算总表", html);
    }

    [Fact]
    public void A_missing_source_document_is_a_validation_error()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables.Replace("sources/2023.txt", "sources/missing.txt", StringComparison.Ordinal));

        var result = site.Validate();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(BuildStage.Validate, error.Stage);
        Assert.Equal("source.file", error.FieldPath);
        Assert.Equal(4, error.Location!.Line);
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    /// <summary>A cell's figure as printed, without the 数据核对 marker a flagged cell carries.</summary>
    private static string Value(AngleSharp.Dom.IElement cell) =>
        cell.TextContent[..(cell.QuerySelector(".finding-marker") is { } marker ? cell.TextContent.IndexOf(marker.TextContent, StringComparison.Ordinal) : cell.TextContent.Length)];
}
