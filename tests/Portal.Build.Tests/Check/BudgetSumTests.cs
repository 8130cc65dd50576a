using Portal.Build.Check;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Check;

/// <summary>
/// Sums written out in prose (issue 16): 年初预算 + 年中追加 = the total the sentence names (prose.budget-sum).
/// </summary>
public sealed class BudgetSumTests
{
    private const string OperatingCosts = "主要原因是：办公费增加3.00万元，公务接待费减少1.00万元。";

    /// <summary>The consistent reports with <paramref name="sentence"/> added to 2023's 机关运行经费 section.</summary>
    private static IReadOnlyList<Finding> With(string sentence) =>
        AccountsCheckerTests.Check(ConsistentReports.Year2022, AccountsCheckerTests.Break(ConsistentReports.Year2023, OperatingCosts, OperatingCosts + sentence));

    [Fact]
    public void On_the_sample_only_huaihua_2023_has_an_initial_budget_and_addition_that_do_not_add_up()
    {
        Assert.Equal([("huaihua-jiguan-shiwu", 76.09m, 76.97m)], SampleFindings.All.Where(f => f.Rule == "prose.budget-sum").Select(f => (f.DepartmentSlug, f.Stated!.Value, f.Computed!.Value)));
    }

    [Fact]
    public void Huaihua_2023_cppcc_property_fee_initial_budget_plus_its_addition_is_not_what_it_says_was_spent()
    {
        // 项目支出绩效自评报告: “年初预算为62.97万元，年中追加14万元，所以该项目本年度共支出76.09万元” (62.97 + 14 = 76.97).
        var finding = Assert.Single(SampleFindings.All, f => f.Rule == "prose.budget-sum");

        Assert.Equal("performance.reports[0].sections[3].sections[2].body", finding.FieldPath);
        Assert.Contains("所述“年初预算为62.97万元，年中追加14万元，所以该项目本年度共支出76.09万元”中的合计印为76.09万元，年初预算62.97万元加年中追加14万元为76.97万元，相差-0.88万元。", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("机关服务项目年初预算为2.00万元，年中追加18.00万元，全年预算为20.00万元。")]
    [InlineData("机关服务项目年初预算为2.00万元，年中追加18.00万元，所以该项目本年度共支出20.00万元。")]
    [InlineData("机关服务项目年初预算为2.00万元，全年预算为20.00万元，其中年中追加5.00万元。")]
    public void An_initial_budget_and_its_addition_that_add_up_or_a_part_of_the_addition_is_not_a_finding(string sentence)
    {
        Assert.Empty(With(sentence));
    }

    [Fact]
    public void An_initial_budget_and_its_addition_that_do_not_make_the_full_year_budget_is_one_finding()
    {
        var finding = Assert.Single(With("机关服务项目年初预算为2.00万元，年中追加18.00万元，全年预算为21.00万元。"));

        Assert.Equal(("prose.budget-sum", FindingSeverity.Error, 21m, 20m), (finding.Rule, finding.Severity, finding.Stated, finding.Computed));
        Assert.Equal("“六、关于机关运行经费支出说明”所述“年初预算为2.00万元，年中追加18.00万元，全年预算为21.00万元”中的合计印为21.00万元，年初预算2.00万元加年中追加18.00万元为20.00万元，相差1.00万元。", finding.Message);
    }
}
