using Portal.Build.Check;
using Portal.Build.Check.Claims;
using static Portal.Build.Tests.Check.AccountsCheckerTests;

namespace Portal.Build.Tests.Check;

/// <summary>
/// Counts stated twice (issue 16): the claim reader turns “组织实施维修改造项目7个” into a count claim, and the
/// statements of one count in one report must give one number.
/// </summary>
public sealed class CountClaimTests
{
    private const string Basic = "2023年度财政拨款基本支出78.00万元，其中：人员经费68.00万元，占基本支出的87.18%；公用经费10.00万元，占基本支出的12.82%。";

    private const string OperatingCosts = "主要原因是：办公费增加3.00万元，公务接待费减少1.00万元。";

    /// <summary>The consistent reports, with one sentence added to the 基本支出 section and one to the 机关运行经费 section.</summary>
    private static IReadOnlyList<Finding> With(string inBasic, string inOperatingCosts) =>
        AccountsCheckerTests.Check(ConsistentReports.Year2022, Break(Break(ConsistentReports.Year2023, Basic, Basic + inBasic), OperatingCosts, OperatingCosts + inOperatingCosts));

    [Fact]
    public void A_count_stated_alike_in_two_sections_is_not_a_finding()
    {
        Assert.Empty(With("本年度组织实施维修改造项目3个，已全部完成。", "全年组织实施维修改造项目3个。"));
    }

    [Fact]
    public void A_count_stated_differently_in_two_sections_is_one_finding_at_the_later_statement()
    {
        var finding = Assert.Single(With("本年度组织实施维修改造项目3个，已全部完成。", "全年组织实施维修改造项目21个。"));

        Assert.Equal(("prose.count", FindingSeverity.Error, 21m, 3m), (finding.Rule, finding.Severity, finding.Stated, finding.Computed));
        Assert.Equal("explanation.sections[6].body", finding.FieldPath);
        Assert.Equal("“六、关于机关运行经费支出说明”所述“组织实施维修改造项目21个”，而“四、一般公共预算财政拨款基本支出决算情况说明”所述“组织实施维修改造项目3个”：同一年度的组织实施的维修改造项目个数一处为21个，一处为3个。", finding.Message);
    }

    [Fact]
    public void The_number_stated_more_often_is_taken_as_the_reports_own()
    {
        var finding = Assert.Single(With("编报绩效目标的项目7个。", "编报绩效目标的项目8个，对8个项目编制了绩效目标。"));

        Assert.Equal((7m, 8m), (finding.Stated, finding.Computed));
        Assert.Equal("explanation.sections[4].body", finding.FieldPath);
        Assert.Contains("（共2处如此）", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Projects_undertaken_and_projects_finished_are_different_counts()
    {
        Assert.Empty(With("组织实施维修改造项目7个，竣工5个。", "完成办公用房维修改造项目5个。"));
    }

    [Fact]
    public void A_count_of_another_year_is_not_compared_with_this_years()
    {
        Assert.Empty(With("本年度组织实施维修改造项目3个。", "2021年组织实施维修改造项目5个。"));
    }

    [Fact]
    public void Counts_are_read_with_spaces_around_the_number_and_a_year_between_the_words()
    {
        var claims = CountClaims.Read("编报绩效目标的 2024 年度项目 1 个，涉及预算金额 175.52 万元；绩效自评的 2024 年度项目 1 个，涉及预算金额 175.52 万元", 2024);

        Assert.Equal([("target_projects", 1m, "个"), ("self_evaluated_projects", 1m, "个")], claims.Select(c => (c.Metric, c.Value, c.Unit!)));
    }

    [Fact]
    public void A_count_before_its_noun_is_read_as_the_same_count_as_one_after_it()
    {
        var claims = CountClaims.Read("我局有7个项目年初填报项目绩效目标表，项目完成情况均为100%。编报绩效目标的项目8个。", 2023);

        Assert.Equal([("target_projects", 7m), ("target_projects", 8m)], claims.Select(c => (c.Metric, c.Value)));
    }
}
