using Portal.Build.Load;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Validate;

/// <summary>
/// What a site publishes must be its own: a path read from content (body_file, source.file) must resolve — links
/// included — inside the department folder, and every theme file inside its theme folder. Otherwise the build
/// stops with a located error and publishes nothing (before, /proc/self/environ went into the page, report.json
/// and the data ZIP).
/// </summary>
public sealed class ReadPathContainmentTests
{
    private const string Report = """
        title: 测试市机关事务局2023年度部门决算
        kinds: [决算]
        source:
          title: 测试市机关事务局2023年度部门决算公开
          file: sources/2023.txt
        overview:
          sections:
            - heading: 部门职责
              body_file: BODY
        """;

    [Theory]
    [InlineData("/proc/self/environ", "it is an absolute path; expected a path relative to the department folder")]
    [InlineData("../../../x.md", "it leads outside the department folder")]
    [InlineData("../other/2023/notes.md", "it leads outside the department folder")]
    [InlineData("notes/secret.md", "it goes through a symbolic link that leads outside the department folder")]
    public void A_body_file_outside_the_department_folder_is_an_error_at_its_line(string bodyFile, string problem)
    {
        using var site = new TempSite().WithReport("ceshi", 2023, Report.Replace("BODY", bodyFile, StringComparison.Ordinal));
        Secret(site, "secret.md");
        Directory.CreateSymbolicLink(Path.Combine(site.Content, "ceshi", "notes"), site.Sandbox);

        var result = site.Validate();

        Assert.Equal(
            $"{Shown(site, "content/ceshi/2023.yml")}:9:18: error: [load] overview.sections[0].body_file: expected a Markdown file inside the department folder, found \"{bodyFile}\": {problem}",
            Lines(result));
    }

    [Fact]
    public void A_body_file_inside_the_department_folder_is_read()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, Report.Replace("BODY", "2023/duties.md", StringComparison.Ordinal));
        site.Write("content/ceshi/2023/duties.md", "本部门负责机关事务管理。\n");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Core.Diagnostics.Severity.Error);
        Assert.Contains("本部门负责机关事务管理。", site.ReadOutput("ceshi/2023/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sources_folder_that_is_a_link_out_of_the_department_folder_is_an_error_at_source_file()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, Report.Replace("BODY", "2023/duties.md", StringComparison.Ordinal));
        site.Write("content/ceshi/2023/duties.md", "正文\n");
        var sources = Path.Combine(site.Content, "ceshi", "sources");
        Directory.Delete(sources, recursive: true);
        Secret(site, "2023.txt");
        Directory.CreateSymbolicLink(sources, site.Sandbox);

        var result = site.Validate();

        Assert.Equal(
            $"{Shown(site, "content/ceshi/2023.yml")}:5:9: error: [validate] source.file: 来源文件要放在部门文件夹里（例如 sources/2023.txt），现在是 \"sources/2023.txt\"：it goes through a symbolic link that leads outside the department folder",
            Lines(result));
    }

    [Fact]
    public void A_report_file_that_is_a_link_out_of_the_department_folder_is_not_read()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        var report = Path.Combine(site.Content, "ceshi", "2023.yml");
        File.Delete(report);
        File.CreateSymbolicLink(report, Secret(site, ".env"));

        var result = site.Validate();

        Assert.Equal(
            $"{Shown(site, "content/ceshi/2023.yml")}:1:1: error: [load] this content file cannot be read: it goes through a symbolic link that leads outside the department folder",
            Lines(result));
    }

    [Fact]
    public void A_theme_file_that_is_a_link_out_of_its_theme_is_an_error_and_nothing_is_published()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        var link = Path.Combine(site.Root, "themes", "default", "assets", "logo.txt");
        File.CreateSymbolicLink(link, Secret(site, "id_rsa"));

        var result = site.Build();

        Assert.Equal(
            $"{ContentLoader.Display(link)}:1:1: error: [validate] this theme file cannot be used: it goes through a symbolic link that leads outside the theme folder '{Shown(site, "themes/default")}'; a theme may use only files of its own",
            Lines(result));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_source_line_beyond_the_source_document_is_an_error_at_validate()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, Report.Replace("body_file: BODY", "source_line: 99999\n      body: 正文", StringComparison.Ordinal));

        var result = site.Validate();

        Assert.Equal(
            $"{Shown(site, "content/ceshi/2023.yml")}:9:20: error: [validate] overview.sections[0].source_line: expected a line of the source document 'sources/2023.txt', from 1 to 2, found 99999",
            Lines(result));
    }

    /// <summary>A file of the build machine outside the site (in the test's sandbox, beside the site folder).</summary>
    private static string Secret(TempSite site, string name)
    {
        var path = Path.Combine(site.Sandbox, name);
        File.WriteAllText(path, "CI_TOKEN=secret\n");
        return path;
    }

    /// <summary>Every diagnostic, one a line: comparing them all asserts that nothing else fired.</summary>
    private static string Lines(Portal.Build.Pipeline.BuildResult result) => string.Join("\n", result.Diagnostics);

    private static string Shown(TempSite site, string relative) => ContentLoader.Display(Path.Combine(site.Root, relative));
}
