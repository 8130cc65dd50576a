using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Portal.Build.Modeling;
using Portal.Build.Render;
using Portal.Build.Tests.Support;
using Portal.Core.Model;

namespace Portal.Build.Tests.Render;

public sealed partial class UiStringsTests
{
    private static readonly string DefaultTheme = Path.Combine(RepositoryPaths.Themes, "default");
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string> Languages() => ["zh-CN", "en"];

    [Fact]
    public void Every_language_file_of_the_default_theme_has_exactly_the_same_keys()
    {
        var chinese = UiStrings.Load(DefaultTheme, DefaultTheme, "zh-CN").Keys.Order().ToArray();
        var english = UiStrings.Load(DefaultTheme, DefaultTheme, "en").Keys.Order().ToArray();

        Assert.NotEmpty(chinese);
        Assert.Equal(chinese, english);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_key_a_template_uses_is_in_the_language_file(string language)
    {
        var strings = UiStrings.Load(DefaultTheme, DefaultTheme, language);
        var used = Templates().SelectMany(t => KeyLiteral().Matches(File.ReadAllText(t)).Select(m => m.Groups[1].Value))
            .Concat(Headline.Keys.Select(k => "headline." + k))
            .ToHashSet();

        Assert.True(used.Count > 100, $"only {used.Count} keys found: is the pattern still right?");
        Assert.All(used, key => Assert.NotNull(strings.T(key)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_figure_portal_names_has_its_name_in_the_language_file(string language)
    {
        var strings = UiStrings.Load(DefaultTheme, DefaultTheme, language);

        Assert.All(StatedFigureKey.All, key => Assert.NotEmpty(strings.Figure(key.Key, key.Label)));
        Assert.Equal("201 一般公共服务支出", strings.Figure("function-201", "201 一般公共服务支出"));
    }

    [Fact]
    public void The_chinese_names_of_the_figures_are_the_ones_portal_prints()
    {
        var strings = UiStrings.Load(DefaultTheme, DefaultTheme, "zh-CN");

        Assert.All(StatedFigureKey.All, key => Assert.Equal(key.Label, strings.Figure(key.Key, key.Label)));
    }

    [Fact]
    public void No_template_writes_chinese_ui_text_itself()
    {
        // The two literals left are compared with data (a 合计 row's 项目, a figure's unit), never shown.
        var offending = Templates()
            .SelectMany(t => File.ReadLines(t).Select((line, i) => (t, i, line: line.Replace("Contains(\"计\")", "").Replace("== \"人\"", ""))))
            .Where(x => Cjk().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(DefaultTheme, x.t)}:{x.i + 1}: {x.line.Trim()}")
            .ToArray();

        Assert.Empty(offending);
    }

    [Fact]
    public void An_english_site_renders_its_pages_in_english()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        site.Write("site.yml", "title: Test portal\nlanguage: en\n");

        var build = site.Build();

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        var page = Parser.ParseDocument(site.ReadOutput("ceshi/2023/index.html"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Skip to content", page.QuerySelector("a.skip")!.TextContent);
        Assert.Equal("Final account tables", page.QuerySelector("#tables h2")!.TextContent);
        Assert.Equal("Total revenue and expenditure", page.QuerySelector(".headline dt")!.TextContent);
        Assert.Contains("Download data: ", page.QuerySelector("#t02 .downloads")!.TextContent);
    }

    [Fact]
    public void An_english_site_titles_its_compare_search_and_checks_pages_and_its_charts_in_english()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        site.Write("site.yml", "title: Test portal\nlanguage: en\n");

        Assert.True(site.Build().Succeeded);

        var compare = Parser.ParseDocument(site.ReadOutput("compare/index.html"));
        Assert.Equal("Compare", compare.QuerySelector("h1")!.TextContent);
        Assert.Equal("Home", compare.QuerySelector(".breadcrumbs a")!.TextContent);
        Assert.Contains("Total expenditure this year", compare.QuerySelectorAll(".metric-list a").Select(a => a.TextContent));
        Assert.Equal("Search", Parser.ParseDocument(site.ReadOutput("search/index.html")).QuerySelector("h1")!.TextContent);
        Assert.Equal("Checks", Parser.ParseDocument(site.ReadOutput("checks/index.html")).QuerySelector("h1")!.TextContent);
        var report = Parser.ParseDocument(site.ReadOutput("ceshi/2023/index.html"));
        Assert.Equal("Figure 2 Revenue by source (unit: 10,000 yuan)", report.QuerySelector("#fig2-figure figcaption")!.TextContent);
        Assert.StartsWith("Department,Department code,Year,Figure,", site.ReadOutput("compare/grand_total/grand_total.csv").TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_theme_may_override_one_string_and_keeps_the_rest()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        site.Write("site.yml", "title: 测试平台\ntheme: mine\n");
        site.Write("themes/mine/i18n/zh-CN.yml", "nav:\n  data: 数据下载\n");

        Assert.True(site.Build().Succeeded);

        var page = Parser.ParseDocument(site.ReadOutput("index.html"));
        var nav = page.QuerySelectorAll(".site-nav a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["部门", "名词解释", "比较", "科目", "数据核对", "数据下载"], nav);
    }

    [Fact]
    public void A_missing_key_fails_the_build_naming_the_key_and_the_file()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        var file = Path.Combine(site.Root, "themes", "default", "i18n", "zh-CN.yml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("  toc: 目录\n", string.Empty, StringComparison.Ordinal));

        var build = site.Build();

        Assert.False(build.Succeeded);
        Assert.Contains(build.Diagnostics, d => d.ToString().Contains("UI string 'report.toc' is missing from", StringComparison.Ordinal)
            && d.ToString().Contains("zh-CN.yml", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Templates() => Directory.GetFiles(DefaultTheme, "*.cshtml", SearchOption.AllDirectories);

    // "perf.score" is a key; "feed.xml" and "0.0" are not.
    [GeneratedRegex("\"([a-z][a-z0-9_]*\\.(?!(?:xml|json|css|csv|zip|txt)\")[a-z][a-z0-9_]*)\"")]
    private static partial Regex KeyLiteral();

    [GeneratedRegex("[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef\\u201c\\u201d]")]
    private static partial Regex Cjk();
}
