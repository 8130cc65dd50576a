using Portal.Build.Check;
using static Portal.Build.Tests.Check.AccountsCheckerTests;

namespace Portal.Build.Tests.Check;

/// <summary>
/// The wordings that fooled the prose rules (issue 16), each added to the consistent reports: the exact finding
/// when the figure is wrong, and nothing at all when it is right.
/// </summary>
public sealed class ClaimRuleTests
{
    private const string Basic = "2023年度财政拨款基本支出78.00万元，其中：人员经费68.00万元，占基本支出的87.18%；公用经费10.00万元，占基本支出的12.82%。";

    private static IReadOnlyList<Finding> With(string find, string replace) =>
        AccountsCheckerTests.Check(ConsistentReports.Year2022, Break(ConsistentReports.Year2023, find, replace));

    [Fact]
    public void Fiscal_income_and_expenditure_total_is_compared_with_the_fiscal_summary_and_agrees()
    {
        Assert.Empty(With(Basic, Basic + "2023年度财政拨款收入支出总计105.00万元。"));
    }

    [Fact]
    public void A_wrong_fiscal_income_and_expenditure_total_is_one_finding_against_the_fiscal_summary()
    {
        var finding = Assert.Single(With(Basic, Basic + "2023年度财政拨款收入支出总计106.00万元。"));

        Assert.Equal(("prose.figure", 106.00m, 105.00m), (finding.Rule, finding.Stated, finding.Computed));
        Assert.Contains("财政拨款收入支出总计", finding.Message, StringComparison.Ordinal);
        Assert.Contains("公开04表", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void General_public_budget_basic_expenditure_is_checked_against_table_05()
    {
        var finding = Assert.Single(With(Basic, Basic + "2023年度一般公共预算财政拨款基本支出79.00万元，主要用于保障机构正常运转。"));

        Assert.Equal(("prose.figure", 79.00m, 78.00m), (finding.Rule, finding.Stated, finding.Computed));
        Assert.Contains("公开05表", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void General_public_budget_basic_expenditure_that_agrees_is_not_a_finding()
    {
        Assert.Empty(With("2023年度财政拨款基本支出78.00万元", "2023年度一般公共预算财政拨款基本支出78.00万元"));
    }

    [Fact]
    public void A_space_before_the_percentage_does_not_hide_a_wrong_share()
    {
        var finding = Assert.Single(With("占基本支出的87.18%", "占基本支出的 80.00%"));

        Assert.Equal(("prose.share", 80.00m), (finding.Rule, finding.Stated));
        Assert.Equal(87.18m, Math.Round(finding.Computed!.Value, 2));
    }

    [Fact]
    public void A_space_before_a_right_percentage_is_not_a_finding()
    {
        Assert.Empty(With("占基本支出的87.18%", "占基本支出的 87.18%"));
    }

    [Fact]
    public void A_clause_between_the_budget_and_its_rate_does_not_hide_a_wrong_completion_rate()
    {
        var finding = Assert.Single(With("支出决算为98.00万元，完成年初预算的122.50%", "支出决算为98.00万元，主要是追加机关服务项目，完成年初预算的120.50%"));

        Assert.Equal(("prose.completion", 120.50m, 122.50m), (finding.Rule, finding.Stated, finding.Computed));
    }

    [Fact]
    public void Completion_of_a_zero_initial_budget_is_one_finding_naming_the_budget_the_rate_belongs_to()
    {
        var finding = Assert.Single(With("“三公”经费财政拨款支出预算为5.00万元，支出决算为4.00万元，完成预算的80.00%。", "“三公”经费财政拨款支出年初预算为0万元，全年预算为5.00万元，支出决算为4.00万元，完成年初预算的80.00%。"));

        Assert.Equal("complete.zero-budget", finding.Rule);
        Assert.Contains("应为“完成全年预算的”", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Growth_from_a_zero_last_year_is_one_finding()
    {
        var finding = Assert.Single(With("本部门2023年度机关运行经费支出10.00万元，比上年决算数增加2.00万元，增长25.00%。主要原因是：办公费增加3.00万元，公务接待费减少1.00万元。",
            "本部门2023年度机关运行经费支出10.00万元，比上年决算数增加10.00万元，增长100.00%，主要原因是新设机构。"));

        Assert.Equal(("complete.zero-budget", 100.00m), (finding.Rule, finding.Stated));
    }

    [Fact]
    public void A_free_table_row_that_is_not_the_sum_of_its_numbered_rows_is_one_finding_on_that_cell()
    {
        // The 基础数据表 of 怀化 2023 printed 三公经费 11.00 over parts of 110.00 (H19 of the audit).
        var finding = Assert.Single(With("[三公经费, 5.00, 4.00]", "[三公经费, 5.00, 40.00]"));

        Assert.Equal(("free-table.sum", 40.00m, 4.00m), (finding.Rule, finding.Stated, finding.Computed));
        Assert.Equal("other_tables[0].rows[0][2]", finding.FieldPath);
        Assert.Contains("“三公经费”行“2023年决算数”", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_numbered_row_counts_as_the_sum_of_the_rows_under_it()
    {
        // 三公经费 5.00 against 1、(blank) = 公车购置 0.00 + 公车运行维护 4.00, 2、0.00, 3、2.00 = 6.00. The 预算数 cell is
        // also compared with 公开09's 预算数 (3.00): a second cell, a second finding.
        var findings = With("[公车运行维护, 3.00, 2.50]", "[公车运行维护, 4.00, 2.50]");

        Assert.Equal([("free-table.sum", "other_tables[0].rows[0][1]", 5.00m, 6.00m), ("free-table.figure", "other_tables[0].rows[3][1]", 4.00m, 3.00m)],
            findings.Select(f => (f.Rule, f.FieldPath, f.Stated!.Value, f.Computed!.Value)));
    }

    [Fact]
    public void A_free_table_row_that_prints_a_public_table_figure_differently_is_one_finding_on_that_cell()
    {
        // The 基础数据表 of 怀化 2023 printed 项目支出 2023决算 1939.11 against 公开03's 1679.67 (H21 of the audit).
        var finding = Assert.Single(AccountsCheckerTests.Check(ConsistentReports.Year2022,
            Break(Break(ConsistentReports.Year2023, "[项目支出：, 40.00, 40.00]", "[项目支出：, 40.00, 45.00]"), "[1、机关服务, 20.00, 20.00]", "[1、机关服务, 20.00, 25.00]")));

        Assert.Equal(("free-table.figure", FindingSeverity.Error, 45.00m, 40.00m), (finding.Rule, finding.Severity, finding.Stated, finding.Computed));
        Assert.Equal("other_tables[0].rows[6][2]", finding.FieldPath);
        Assert.Equal("部门整体支出绩效评价基础数据表“项目支出”行“2023年决算数”印为45.00万元，按本报告公开03表为40.00万元，相差5.00万元。", finding.Message);
    }

    [Fact]
    public void A_free_table_budget_column_of_a_row_no_public_table_prints_a_budget_for_is_not_compared()
    {
        Assert.Empty(AccountsCheckerTests.Check(ConsistentReports.Year2022,
            Break(Break(ConsistentReports.Year2023, "[项目支出：, 40.00, 40.00]", "[项目支出：, 45.00, 40.00]"), "[1、机关服务, 20.00, 20.00]", "[1、机关服务, 25.00, 20.00]")));
    }

    [Fact]
    public void A_free_table_cell_off_both_its_parts_and_the_public_table_is_one_finding_with_the_other_listed_under_it()
    {
        var finding = Assert.Single(With("[三公经费, 5.00, 4.00]", "[三公经费, 5.00, 40.00]"));

        Assert.Equal(("free-table.sum", "other_tables[0].rows[0][2]"), (finding.Rule, finding.FieldPath));
        Assert.Equal([("free-table.figure", "other_tables[0].rows[0][2]")], finding.Consequences.Select(c => (c.Rule, c.FieldPath)));
        Assert.EndsWith("该格另有不符：按本报告公开09表为4.00万元，相差36.00万元（free-table.figure）。", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_total_column_that_is_not_the_sum_of_the_columns_after_it_is_one_finding_on_that_cell()
    {
        var finding = Assert.Single(WithFunds("15.00, 5.00", "15.00, 6.00"));

        Assert.Equal(("free-table.sum", 20.00m, 21.00m), (finding.Rule, finding.Stated, finding.Computed));
        Assert.Equal("other_tables[1].rows[0][1]", finding.FieldPath);
        Assert.Equal("项目资金来源表“机关服务”行“合计”列印为20.00万元，按“财政拨款”、“其他资金”各列之和为21.00万元，相差-1.00万元。", finding.Message);
    }

    [Fact]
    public void A_total_column_that_agrees_and_its_share_column_are_not_findings()
    {
        Assert.Empty(WithFunds(LastRow, LastRow));
    }

    [Fact]
    public void Parts_headed_qizhong_may_fall_short_of_their_total_column_but_not_exceed_it()
    {
        const string Parts = "合计, 财政拨款, 其他资金, 占比]";
        const string Partial = "合计, 其中：财政拨款, 其中：其他资金, 占比]";

        Assert.Empty(With(LastRow, LastRow + FundsTable.Replace(Parts, Partial, StringComparison.Ordinal).Replace("15.00, 5.00", "15.00, 4.00", StringComparison.Ordinal)));
        var finding = Assert.Single(With(LastRow, LastRow + FundsTable.Replace(Parts, Partial, StringComparison.Ordinal).Replace("15.00, 5.00", "15.00, 6.00", StringComparison.Ordinal)));
        Assert.Equal(("free-table.sum", 20.00m, 21.00m), (finding.Rule, finding.Stated, finding.Computed));
    }

    private const string LastRow = "- [2、运行维护, 20.00, 20.00]";

    /// <summary>A second free-form table after the consistent report's 基础数据表: a 合计 column, its two parts and a share column.</summary>
    private const string FundsTable = "\n  - title: 项目资金来源表\n    header:\n      - [项目（万元）, 合计, 财政拨款, 其他资金, 占比]\n    rows:\n"
        + "      - [机关服务, 20.00, 15.00, 5.00, 50%]\n      - [运行维护, 20.00, 20.00, 0.00, 50%]";

    private static IReadOnlyList<Finding> WithFunds(string find, string replace) => With(LastRow, LastRow + FundsTable.Replace(find, replace, StringComparison.Ordinal));

    /// <summary>The consistent narrative under 四川 (no tables), with the 财政拨款 figures of <paramref name="carryOver"/> added to its fiscal overview.</summary>
    private static IReadOnlyList<Finding> SichuanWithCarryOver(string carryOver)
    {
        var y2023 = ConsistentReports.Year2023.Replace("template: hunan", "template: sichuan", StringComparison.Ordinal);
        var sichuan = y2023[..y2023.IndexOf("tables:\n", StringComparison.Ordinal)] + y2023[y2023.IndexOf("explanation:\n", StringComparison.Ordinal)..];
        const string Fiscal = "2023年度财政拨款收、支总计105.00万元、105.00万元。";
        return AccountsCheckerTests.Check(ConsistentReports.Year2022, Break(sichuan, Fiscal,
            Fiscal + "一般公共预算财政拨款支出98.00万元，政府性基金预算财政拨款支出0.00万元，国有资本经营预算财政拨款支出0.00万元，" + carryOver));
    }

    [Fact]
    public void Fiscal_carry_over_that_is_the_fiscal_total_less_what_was_spent_is_not_a_finding()
    {
        Assert.Empty(SichuanWithCarryOver("财政拨款年末结转和结余7.00万元。"));
    }

    [Fact]
    public void Fiscal_carry_over_that_is_not_the_fiscal_total_less_what_was_spent_is_one_finding()
    {
        // 攀枝花 2022: 财政拨款结转结余 2.91 vs 2090.35 − (1736.97 + 350.87 + 0) = 2.51 (Q6 of the audit).
        var finding = Assert.Single(SichuanWithCarryOver("财政拨款年末结转和结余7.40万元。"));

        Assert.Equal(("prose.fiscal-balance", 7.40m, 7.00m), (finding.Rule, finding.Stated, finding.Computed));
        Assert.Equal("“一（二）、财政拨款收入支出决算总体情况说明”所述“财政拨款年末结转和结余”印为7.40万元，按所述财政拨款收、支总计105.00万元减一般公共预算、政府性基金预算、国有资本经营预算财政拨款支出（98.00、0.00、0.00万元）为7.00万元，相差0.40万元。", finding.Message);
    }

    [Fact]
    public void One_part_that_exceeds_its_whole_is_one_finding()
    {
        var finding = Assert.Single(With("2023年度收入合计120.00万元，其中：财政拨款收入100.00万元，占83.33%；其他收入20.00万元，占16.67%。", "2023年度收入合计120.00万元，其中：财政拨款收入130.00万元。"));

        Assert.Equal(("prose.list-sum", 120.00m, 130.00m), (finding.Rule, finding.Stated, finding.Computed));
    }

    [Fact]
    public void Last_years_figure_stated_outright_agrees_with_last_years_report()
    {
        Assert.Empty(With("主要原因是机关服务项目增加。", "主要原因是机关服务项目增加。上年收支总计100.00万元。"));
    }

    [Fact]
    public void Last_years_figure_stated_outright_that_differs_from_last_years_report_is_one_finding()
    {
        var finding = Assert.Single(With("主要原因是机关服务项目增加。", "主要原因是机关服务项目增加。上年收支总计90.00万元。"));

        Assert.Equal(("year.previous", 90.00m, 100.00m), (finding.Rule, finding.Stated, finding.Computed));
    }

    [Fact]
    public void Shares_of_an_unknown_whole_that_add_to_more_than_100_percent_are_one_finding()
    {
        var finding = Assert.Single(With("占37.50%", "占37.57%"));

        Assert.Equal(("prose.share-total", 100.07m), (finding.Rule, finding.Stated));
    }

    [Fact]
    public void Nothing_spent_yet_100_percent_of_the_budget_is_one_finding()
    {
        // 攀枝花 2022: “3.公务接待费支出0万元，完成预算100%”.
        var finding = Assert.Single(With("公务接待费支出预算为2.00万元，支出决算为1.50万元，完成预算的75.00%。", "公务接待费支出0万元，完成预算100%。"));

        Assert.Equal(("complete.zero-budget", 100m, 0m), (finding.Rule, finding.Stated, finding.Computed));
    }

    private const string Fiscal = "2023年度财政拨款收、支总计105.00万元、105.00万元。";

    [Fact]
    public void A_paired_change_of_both_totals_that_agree_is_not_a_finding()
    {
        Assert.Empty(With(Fiscal, Fiscal + "与上年相比，财政拨款收、支总计各增加5.00万元、5.00万元，增长5.00%、5.00%，主要原因是机关服务项目增加。"));
    }

    [Fact]
    public void A_paired_change_that_leaves_last_years_totals_unequal_is_one_finding()
    {
        // 攀枝花 2021: 财政拨款收、支总计各减少786.86万元、768.75万元 → 2020 income 3259.40 ≠ expenditure 3239.21.
        var finding = Assert.Single(With(Fiscal, Fiscal + "与上年相比，财政拨款收、支总计各增加5.00万元、6.00万元，增长5.00%、6.06%，主要原因是机关服务项目增加。"));

        Assert.Equal(("prose.balance", 100.00m, 99.00m), (finding.Rule, finding.Stated, finding.Computed));
    }

    [Fact]
    public void Two_changes_that_imply_different_last_year_figures_are_one_finding()
    {
        // 攀枝花 2021: the 绩效 report's 支出总计 减少837.85 and the 决算说明's 减少858.04 imply two 2020 totals.
        var finding = Assert.Single(With(Basic, Basic + "\n\n                2023年度支出总计125.00万元。与上年相比，支出总计增加25.00万元，增长25.00%，主要原因是机关服务项目增加。"
            + "\n\n                2023年度支出总计125.00万元，比上年增加20.00万元，增长19.05%，主要原因是机关服务项目增加。"));

        Assert.Equal(("year.previous", 105.00m, 100.00m), (finding.Rule, finding.Stated, finding.Computed));
    }
}
