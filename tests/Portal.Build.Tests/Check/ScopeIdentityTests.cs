using Portal.Build.Check;
using Portal.Build.Tests.Support;
using static Portal.Build.Tests.Check.AccountsCheckerTests;

namespace Portal.Build.Tests.Check;

/// <summary>
/// Identities across 口径 stated in separate sentences (issue 16): 财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营;
/// 财政拨款收支总计 = 财政拨款支出 + 年末财政拨款结转结余; 支出总计 = 收入总计; last year's 财政拨款 whole from last
/// year's parts. On the sample's 攀枝花 reports (text only, no tables) and on minimal fixtures.
/// </summary>
public sealed class ScopeIdentityTests
{
    private const string Panzhihua = "panzhihua-jiguan-shiwu";

    private static readonly string[] Rules = ["prose.fiscal-parts", "prose.totals"];

    private static Finding Only(int year, string rule, string path) =>
        Assert.Single(SampleFindings.All, f => f.DepartmentSlug == Panzhihua && f.Year == year && f.Rule == rule && f.FieldPath == path);

    [Fact]
    public void On_the_sample_the_new_identities_fire_only_on_the_four_panzhihua_statements_the_blind_audit_names()
    {
        var fired = SampleFindings.All.Where(f => Rules.Contains(f.Rule)).Select(f => (f.DepartmentSlug, f.Year, f.Rule, f.Stated, f.Computed));

        Assert.Equal(
            [
                (Panzhihua, 2021, "prose.totals", 2470.46m, 2472.74m),
                (Panzhihua, 2021, "prose.fiscal-parts", 2472.54m, 2465.30m),
                (Panzhihua, 2022, "prose.totals", 2087.84m, 2090.75m),
                (Panzhihua, 2022, "prose.fiscal-parts", 1736.97m, 2087.84m),
            ],
            fired.Select(f => (f.DepartmentSlug, f.Year, f.Rule, f.Stated!.Value, f.Computed!.Value)));
    }

    [Fact]
    public void Panzhihua_2022_fiscal_expenditure_is_the_general_budget_figure_and_its_change_the_general_budget_change()
    {
        // 附件1 “2022年部门财政拨款支出1736.97万元…减少493.75万元”: 1736.97 is 一般公共预算 only; + 政府性基金 350.87 = 2087.84.
        var finding = Only(2022, "prose.fiscal-parts", "performance.overall.report.sections[1].sections[1].body");

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("“财政拨款支出”印为1736.97万元，按本报告所列一般公共预算财政拨款支出1736.97万元、政府性基金预算财政拨款支出350.87万元、国有资本经营预算财政拨款支出0万元之和为2087.84万元", finding.Message, StringComparison.Ordinal);
        Assert.Contains("正是本报告的“一般公共预算财政拨款支出”", finding.Message, StringComparison.Ordinal);
        Assert.Contains("按2021年度报告的“一般公共预算财政拨款支出”2230.72万元计算的", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Panzhihua_2021_fiscal_income_in_the_performance_report_is_the_fiscal_grand_total()
    {
        // 附件1 “本年度财政拨款收入2472.54万元” vs 2225.57 + 239.73 + 0 = 2465.30 (2472.54 is the 财政拨款收、支总计).
        var finding = Only(2021, "prose.fiscal-parts", "performance.overall.report.sections[2].sections[0].body");

        Assert.Contains("正是本报告的“财政拨款收、支总计”", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Panzhihua_2022_expenditure_total_in_the_performance_report_is_the_years_spending_only()
    {
        // 附件1 “2022年度支出总计2087.84万元” vs 收、支总计 2090.75: 2087.84 is 本年支出合计.
        var finding = Only(2022, "prose.totals", "performance.overall.report.sections[1].sections[0].body");

        Assert.Contains("支出总计应与收入总计相等", finding.Message, StringComparison.Ordinal);
        Assert.Contains("正是本报告的“本年支出合计”", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Panzhihua_2022_last_years_fiscal_income_is_the_sum_of_the_2021_reports_parts()
    {
        // 附件1 “部门财政拨款收入1619.15万元…减少606.42万元”: implied 2021 2225.57; 2021 states 2225.57 + 239.73 + 0 = 2465.30.
        var finding = Assert.Single(SampleFindings.All, f => f.DepartmentSlug == Panzhihua && f.Year == 2022 && f.Rule == "year.previous" && f.Message.Contains("“财政拨款收入”", StringComparison.Ordinal));

        Assert.Equal((2225.57m, 2465.30m), (finding.Stated, finding.Computed));
        Assert.Contains("2021年度报告的“一般公共预算财政拨款收入”正是2225.57万元，上年基数疑只取了这一口径", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fiscal_expenditure_that_is_the_sum_of_the_tables_parts_is_not_a_finding()
    {
        Assert.Empty(AccountsCheckerTests.Check(ConsistentReports.Year2022, Break(ConsistentReports.Year2023, "决算数大于预算数的主要原因是追加机关服务项目。", "决算数大于预算数的主要原因是追加机关服务项目。2023年度财政拨款支出98.00万元。")));
    }

    [Fact]
    public void A_fiscal_expenditure_below_the_tables_parts_is_one_finding_naming_them()
    {
        var finding = Assert.Single(AccountsCheckerTests.Check(ConsistentReports.Year2022, Break(ConsistentReports.Year2023, "决算数大于预算数的主要原因是追加机关服务项目。", "决算数大于预算数的主要原因是追加机关服务项目。2023年度财政拨款支出90.00万元。")));

        Assert.Equal(("prose.fiscal-parts", 90m, 98m), (finding.Rule, finding.Stated, finding.Computed));
        Assert.Equal("“三、一般公共预算财政拨款支出决算情况说明”所述“财政拨款支出”印为90.00万元，按本报告所列一般公共预算财政拨款支出98.00万元（公开05表）、政府性基金预算财政拨款支出0.00万元（公开07表）、国有资本经营预算财政拨款支出0.00万元（公开08表）之和为98.00万元，相差-8.00万元。", finding.Message);
    }

    [Fact]
    public void An_expenditure_total_stated_apart_from_the_income_total_must_equal_it()
    {
        var finding = Assert.Single(AccountsCheckerTests.Check(Break(ConsistentReports.Year2022, "年末结转和结余5.00万元。", "年末结转和结余5.00万元。支出总计95.00万元。"), ConsistentReports.Year2023));

        Assert.Equal(("prose.totals", 2022, 95m, 100m), (finding.Rule, finding.Year, finding.Stated, finding.Computed));
    }

    [Fact]
    public void A_fiscal_grand_total_stated_as_its_spending_plus_closing_balance_is_not_a_finding()
    {
        var y2022 = Break(ConsistentReports.Year2022, "年末结转和结余5.00万元。", "年末结转和结余5.00万元。财政拨款收、支总计96.00万元。一般公共预算财政拨款支出90.00万元，政府性基金预算财政拨款支出1.00万元，国有资本经营预算财政拨款支出0万元。年末财政拨款结转和结余5.00万元。");

        Assert.Empty(AccountsCheckerTests.Check(y2022, ConsistentReports.Year2023));
        var finding = Assert.Single(AccountsCheckerTests.Check(Break(y2022, "支出1.00万元", "支出2.00万元"), ConsistentReports.Year2023));
        // The identity is prose.fiscal-balance's (one rule for it): it holds the stated 年末 balance to 96 − (90 + 2 + 0).
        Assert.Equal(("prose.fiscal-balance", 5m, 4m), (finding.Rule, finding.Stated, finding.Computed));
    }
}
