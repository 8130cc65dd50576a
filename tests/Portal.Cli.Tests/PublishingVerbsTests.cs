using Portal.Build.Tests.Support;
using static Portal.Cli.Tests.Support.Cli;

namespace Portal.Cli.Tests;

/// <summary>The webmaster's verbs from the command line: new, and build/validate for scripts.</summary>
public sealed class PublishingVerbsTests
{
    [Fact]
    public void Build_quiet_prints_nothing_when_it_succeeds()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);

        var (exit, output, errors) = Run("build", "--quiet", "--site", Path.Combine(site.Root, "site.yml"));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output + errors);
        Assert.True(File.Exists(Path.Combine(site.Output, "ceshi", "2023", "index.html")));
    }

    [Fact]
    public void Build_quiet_still_prints_every_error_and_exits_1()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables + "\ncolour: red\n");

        var (exit, output, errors) = Run("build", "-q", "--site", Path.Combine(site.Root, "site.yml"));

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("不认识的键 'colour'", errors);
    }

    [Fact]
    public void Validate_quiet_prints_nothing_for_valid_content()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);

        var (exit, output, errors) = Run("validate", "--quiet", "--site", Path.Combine(site.Root, "site.yml"));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output + errors);
    }

    [Fact]
    public void New_lists_what_it_created_and_refuses_a_second_time_with_exit_1()
    {
        using var site = new TempSite();
        var siteFile = Path.Combine(site.Root, "site.yml");

        var first = Run("new", "ceshi-ju", "2024", "--name", "测试市财政局", "--site", siteFile);
        var yaml = File.ReadAllText(Path.Combine(site.Content, "ceshi-ju", "2024.yml"));
        var second = Run("new", "ceshi-ju", "2024", "--site", siteFile);

        Assert.Equal(0, first.Exit);
        Assert.Contains("2024.yml", first.Output);
        Assert.Equal(1, second.Exit);
        Assert.Equal($"错误：{Portal.Build.Load.ContentLoader.Display(Path.Combine(site.Content, "ceshi-ju", "2024.yml"))} 已经存在：portal new 从不覆盖文件（请直接编辑它，或先删除）\n", second.Errors.ReplaceLineEndings("\n"));
        Assert.Equal(yaml, File.ReadAllText(Path.Combine(site.Content, "ceshi-ju", "2024.yml")));
    }

    [Fact]
    public void New_with_a_name_holding_a_hash_saves_the_whole_name_and_the_report_builds_with_it()
    {
        using var site = new TempSite();
        var siteFile = Path.Combine(site.Root, "site.yml");

        var created = Run("new", "di-er", "2024", "--name", "第二 #2 机关事务局", "--site", siteFile);
        var built = Run("build", "--quiet", "--site", siteFile);

        Assert.Equal((0, string.Empty), (created.Exit, created.Errors));
        Assert.Equal((0, string.Empty), (built.Exit, built.Errors));
        Assert.Contains("<h1>第二 #2 机关事务局2024年度部门决算</h1>", File.ReadAllText(Path.Combine(site.Output, "di-er", "2024", "index.html")), StringComparison.Ordinal);
    }
}
