using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Portal.Build.Scaffold;
using Portal.Build.Schema;
using Portal.Build.Tests.Schema;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Scaffold;

public sealed class ScaffolderTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void New_creates_the_report_the_department_the_source_and_the_schemas()
    {
        using var site = new TempSite();

        var result = Scaffolder.Create(site.Config(), "ceshi-ju", 2024, "测试市财政局");

        Assert.True(result.Succeeded, result.Error);
        foreach (var file in new[] { "content/ceshi-ju/2024.yml", "content/ceshi-ju/department.yml", "content/ceshi-ju/sources/2024.txt", "schema/portal-report.schema.json", "schema/portal-department.schema.json" })
        {
            Assert.Contains(Path.Combine(site.Root, file), result.Created);
        }

        Assert.StartsWith("# yaml-language-server: $schema=../../schema/portal-report.schema.json\n", File.ReadAllText(Path.Combine(site.Content, "ceshi-ju", "2024.yml")));
        Assert.Contains("name: 测试市财政局", File.ReadAllText(Path.Combine(site.Content, "ceshi-ju", "department.yml")));
    }

    [Theory]
    [InlineData("第二 #2 机关事务局")]
    [InlineData("机关事务局: 第二分局")]
    [InlineData("\"引号\"机关事务局")]
    [InlineData("'单引号'机关事务局")]
    [InlineData("- 机关事务局")]
    [InlineData("@机关事务局 {1} [2] & * ! | > %")]
    [InlineData("反斜杠\\机关事务局")]
    [InlineData("true")]
    [InlineData("2024")]
    public void A_name_with_yaml_syntax_in_it_is_read_back_exactly_as_given(string name)
    {
        using var site = new TempSite();

        var result = Scaffolder.Create(site.Config(), "ceshi-ju", 2024, name);
        var diagnostics = new Core.Diagnostics.DiagnosticBag();
        var content = Portal.Build.Load.ContentLoader.Load(site.Content, diagnostics);

        Assert.True(result.Succeeded, result.Error);
        Assert.Empty(diagnostics.Items);
        var department = Assert.Single(content.Departments);
        var report = Assert.Single(department.Reports);
        Assert.Equal(
            (name, $"{name}2024年度部门决算", $"{name}2024年度部门决算公开"),
            (department.Department.Name, report.Title, report.Source.Title));
        Assert.Contains($"#   published_by: {YamlScalar.Of(name)}\n", File.ReadAllText(Path.Combine(site.Content, "ceshi-ju", "2024.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_name_is_written_plain()
    {
        Assert.Equal(("怀化市机关事务管理局", "\"第二 #2 机关事务局\""), (YamlScalar.Of("怀化市机关事务管理局"), YamlScalar.Of("第二 #2 机关事务局")));
    }

    [Theory]
    [InlineData("两行\n机关事务局")]
    [InlineData("   ")]
    public void A_name_that_is_not_one_line_of_text_is_refused_and_nothing_is_written(string name)
    {
        using var site = new TempSite();

        var result = Scaffolder.Create(site.Config(), "ceshi-ju", 2024, name);

        Assert.Equal("bad --name: expected the department's name on one line, e.g. 怀化市机关事务管理局", result.Error);
        Assert.False(Directory.Exists(site.Content));
    }

    [Fact]
    public void New_refuses_to_overwrite_a_report_and_leaves_it_as_it_was()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);

        var result = Scaffolder.Create(site.Config(), "ceshi", 2023);

        Assert.False(result.Succeeded);
        Assert.EndsWith("2023.yml 已经存在：portal new 从不覆盖文件（请直接编辑它，或先删除）", result.Error);
        Assert.Equal(SampleReports.WithTables, File.ReadAllText(Path.Combine(site.Content, "ceshi", "2023.yml")));
    }

    [Fact]
    public void New_for_a_known_department_keeps_its_file_and_uses_its_name()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        var department = File.ReadAllText(Path.Combine(site.Content, "ceshi", "department.yml"));

        var result = Scaffolder.Create(site.Config(), "ceshi", 2024);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(department, File.ReadAllText(Path.Combine(site.Content, "ceshi", "department.yml")));
        Assert.Contains("title: 测试市机关事务局2024年度部门决算", File.ReadAllText(Path.Combine(site.Content, "ceshi", "2024.yml")));
    }

    [Theory]
    [InlineData("Ceshi_Ju", 2024, "部门文件夹名 'Ceshi_Ju' 不合要求：只能用小写英文字母和数字，用 '-' 连接，例如 huaihua-jiguan-shiwu")]
    [InlineData("ceshi", 1999, "年度 1999 不合要求：应在 2000 到 2100 之间")]
    public void New_explains_a_bad_slug_or_year(string slug, int year, string expected)
    {
        using var site = new TempSite();

        var result = Scaffolder.Create(site.Config(), slug, year);

        Assert.Equal(expected, result.Error);
        Assert.False(Directory.Exists(site.Content) && Directory.EnumerateFileSystemEntries(site.Content).Any());
    }

    [Fact]
    public void A_fresh_scaffold_builds_into_a_report_page()
    {
        using var site = new TempSite();
        Scaffolder.Create(site.Config(), "ceshi-ju", 2024, "测试市财政局");

        var build = site.Build();

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        var page = Parser.ParseDocument(site.ReadOutput("ceshi-ju/2024/index.html"));
        Assert.Equal("测试市财政局2024年度部门决算", page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("hunan")]
    [InlineData("shanghai")]
    [InlineData("sichuan")]
    public async Task Switching_on_every_commented_part_gives_a_file_with_every_section_that_validates_and_builds(string template)
    {
        using var site = new TempSite();
        Scaffolder.Create(site.Config(), "ceshi-ju", 2024, "测试市财政局", template);
        var file = Path.Combine(site.Content, "ceshi-ju", "2024.yml");
        var full = SwitchOnEverything(File.ReadAllText(file));
        File.WriteAllText(file, full);

        Assert.Empty(await ContentSchemaTests.ValidateAsync(ContentSchemas.ReportFile, full));
        foreach (var key in new[] { "stated_figures", "overview", "tables", "appendix_titles", "explanation", "glossary", "performance", "other_tables" })
        {
            Assert.Matches(new Regex($"^{key}:", RegexOptions.Multiline), full);
        }

        Assert.Contains($"template: {template}", full);
        Assert.All(Portal.Build.Load.Templates.TemplateCatalog.Shipped.Find(template)!.Forms, form => Assert.Contains($"\n  {form.Id}:", full));
        var build = site.Build();
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
    }

    [Fact]
    public void New_then_fill_with_a_published_report_then_build_shows_its_figures()
    {
        using var site = new TempSite();
        Scaffolder.Create(site.Config(), "huaihua-test", 2023, "怀化市机关事务管理局");
        var sample = Path.Combine(RepositoryPaths.Content, "huaihua-jiguan-shiwu");
        File.Copy(Path.Combine(sample, "sources", "2023.txt"), Path.Combine(site.Content, "huaihua-test", "sources", "2023.txt"), overwrite: true);
        var file = Path.Combine(site.Content, "huaihua-test", "2023.yml");

        // What a webmaster does: paste the 公开 tables as transcribed from the published document.
        File.AppendAllText(file, TopLevelBlock(File.ReadAllText(Path.Combine(sample, "2023.yml")), "tables"));
        var build = site.Build();

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        var page = Parser.ParseDocument(site.ReadOutput("huaihua-test/2023/index.html"));
        Assert.Contains("收支总计3865.52 万元公开01表", page.QuerySelector(".headline")!.TextContent);
        Assert.NotNull(page.QuerySelector("#t09 .downloads a[href$='t09.csv']"));
    }

    /// <summary>Deletes the leading "# " of every commented YAML line (not the schema header, not "## " notes).</summary>
    internal static string SwitchOnEverything(string scaffold) =>
        string.Join('\n', scaffold.Split('\n').Select((line, i) => i > 0 && line.StartsWith("# ", StringComparison.Ordinal) ? line[2..] : line));

    private static string TopLevelBlock(string yaml, string key)
    {
        var lines = yaml.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, start + 1, l => l.Length > 0 && !char.IsWhiteSpace(l[0]) && l[0] != '#');
        return string.Join('\n', lines[start..(end < 0 ? lines.Length : end)]) + "\n";
    }
}
