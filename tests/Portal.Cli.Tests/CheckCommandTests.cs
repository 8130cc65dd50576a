using System.Text.Json;
using Portal.Build.Tests.Check;
using Portal.Build.Tests.Support;
using static Portal.Cli.Tests.Support.Cli;

namespace Portal.Cli.Tests;

public sealed class CheckCommandTests
{
    private static TempSite Consistent(string? year2023 = null) => new TempSite()
        .WithReport("ceshi", 2022, ConsistentReports.Year2022, ConsistentReports.Department)
        .WithReport("ceshi", 2023, year2023 ?? ConsistentReports.Year2023, ConsistentReports.Department);

    private static string Broken => ConsistentReports.Year2023.Replace("actual: {total: 4.00", "actual: {total: 4.50", StringComparison.Ordinal);

    [Fact]
    public void Check_on_consistent_content_exits_0_and_writes_nothing()
    {
        using var site = Consistent();

        var (exit, output, _) = Run("check", "--site", Path.Combine(site.Root, "site.yml"));

        Assert.Equal(0, exit);
        Assert.Contains("数据核对：未发现不一致", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Build_check_and_the_checks_page_count_the_findings_in_the_same_words()
    {
        using var site = Consistent(Broken);
        var siteFile = Path.Combine(site.Root, "site.yml");

        var check = Run("check", "--site", siteFile);
        var build = Run("build", "--site", siteFile);
        var page = File.ReadAllText(Path.Combine(site.Output, "checks", "index.html"));

        // 公开09's 合计 4.50: off its parts, the text's 4.00 and the 基础数据表's 4.00.
        const string Summary = "数据核对：共 3 处（错误 3 处，存疑 0 处，尾数误差 0 处）";
        Assert.Contains(Summary, check.Output, StringComparison.Ordinal);
        Assert.Contains(Summary, build.Errors, StringComparison.Ordinal);
        Assert.Contains("共发现 3 处（错误 3 处，存疑 0 处，尾数误差 0 处）", page, StringComparison.Ordinal);
        // The findings are not counted again as build warnings: nothing else warned.
        Assert.DoesNotContain("个警告", build.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_prints_one_line_per_finding_with_its_yaml_location_and_exits_2()
    {
        using var site = Consistent(Broken);

        var (exit, output, _) = Run("check", "--site", Path.Combine(site.Root, "site.yml"));

        Assert.Equal(2, exit);
        Assert.Contains("== 测试市机关事务局 2023年", output, StringComparison.Ordinal);
        Assert.Matches(@"2023\.yml:125:\d+: 错误: \[sangong\.row-total\] tables\.t09\.actual\.total: 公开09表 决算数合计印为4\.50万元", output);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Check_as_json_has_the_documented_fields()
    {
        using var site = Consistent(Broken);

        var (exit, output, _) = Run("check", "--site", Path.Combine(site.Root, "site.yml"), "--format", "json");

        Assert.Equal(2, exit);
        Assert.Contains("公开09表", output, StringComparison.Ordinal); // literal UTF-8, not \u escapes
        using var json = JsonDocument.Parse(output);
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "sangong.row-total");
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("ceshi", finding.GetProperty("department").GetString());
        Assert.Equal(2023, finding.GetProperty("year").GetInt32());
        Assert.Equal("t09", finding.GetProperty("table").GetString());
        Assert.Equal("决算数", finding.GetProperty("code").GetString());
        Assert.Equal("合计", finding.GetProperty("column").GetString());
        Assert.Equal(4.50m, finding.GetProperty("stated").GetDecimal());
        Assert.Equal(4.00m, finding.GetProperty("computed").GetDecimal());
        Assert.EndsWith("2023.yml", finding.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal(125, finding.GetProperty("line").GetInt32());
        Assert.True(finding.GetProperty("column_number").GetInt32() > 0);
        Assert.Contains("相差", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_prints_each_finding_in_the_words_of_the_site_and_still_writes_the_site()
    {
        using var site = Consistent(Broken);

        var (exit, _, errors) = Run("build", "--site", Path.Combine(site.Root, "site.yml"));

        Assert.Equal(0, exit);
        Assert.Contains(": 错误: [sangong.row-total] tables.t09.actual.total: 公开09表", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", errors, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "checks.json")));
    }

    [Fact]
    public void Build_and_check_print_the_same_line_for_the_same_finding()
    {
        using var site = Consistent(Broken);
        var siteFile = Path.Combine(site.Root, "site.yml");

        var check = Run("check", "--site", siteFile);
        var build = Run("build", "--site", siteFile);

        static string[] FindingLines(string text) => [.. text.ReplaceLineEndings("\n").Split('\n').Where(l => l.Contains(": [", StringComparison.Ordinal))];
        Assert.Equal(3, FindingLines(check.Output).Length);
        Assert.Equal(FindingLines(check.Output), FindingLines(build.Errors));
    }

    [Fact]
    public void Build_strict_fails_with_exit_2_on_an_error_finding_and_writes_nothing()
    {
        using var site = Consistent(Broken);

        var (exit, _, errors) = Run("build", "--site", Path.Combine(site.Root, "site.yml"), "--strict");

        Assert.Equal(2, exit);
        Assert.Contains(": 错误: [sangong.row-total] tables.t09.actual.total: 公开09表", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Build_strict_passes_on_consistent_content()
    {
        using var site = Consistent();

        var (exit, _, _) = Run("build", "--site", Path.Combine(site.Root, "site.yml"), "--strict");

        Assert.Equal(0, exit);
    }
}
