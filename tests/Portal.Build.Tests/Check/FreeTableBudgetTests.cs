using Portal.Build.Check;

namespace Portal.Build.Tests.Check;

/// <summary>
/// A free-form table's 三公 rows in a 预算数 column against the 三公 table's 预算数 (free-table.figure; ReportFigures'
/// <c>sangong_budget_*</c> keys; blind audit HH23-20).
/// </summary>
public sealed class FreeTableBudgetTests
{
    private const string Huaihua = "huaihua-jiguan-shiwu";

    [Fact]
    public void Huaihua_2023_basic_data_table_sangong_budgets_contradict_table_09s_budget_and_only_they_are_budget_findings()
    {
        // 基础数据表 2023年预算数: 三公经费 6.70, 公车运行维护 5.00, 公务接待 1.70 (6.70 = 5.00 + 1.70); 公开09 预算数 4.00, 2.00, 2.00.
        var budgets = SampleFindings.All.Where(f => f.Rule == "free-table.figure" && f.Message.Contains("预算数", StringComparison.Ordinal)).ToArray();

        Assert.Equal([
            (Huaihua, "performance.overall.tables[0].rows[2][2]", 6.70m, 4.00m),
            (Huaihua, "performance.overall.tables[0].rows[5][2]", 5.00m, 2.00m),
            (Huaihua, "performance.overall.tables[0].rows[7][2]", 1.70m, 2.00m),
        ], budgets.Select(f => (f.DepartmentSlug, f.FieldPath, f.Stated!.Value, f.Computed!.Value)));
        Assert.Equal("部门整体支出绩效评价基础数据表“公务接待”行“2023年预算数”印为1.70万元，按本报告公开09表预算数为2.00万元，相差-0.30万元。", budgets[2].Message);
    }

    [Fact]
    public void Budget_columns_of_rows_no_table_prints_a_budget_for_are_not_compared()
    {
        // 项目支出 2023年预算数 2534.32 and 政府采购金额 1769.32 have no 公开 budget to compare with (HH23-33 is doubtful).
        Assert.DoesNotContain(SampleFindings.All, f => f.Rule == "free-table.figure" && f.FieldPath.EndsWith("][2]", StringComparison.Ordinal) && !f.Message.Contains("三公", StringComparison.Ordinal) && !f.Message.Contains("公车", StringComparison.Ordinal) && !f.Message.Contains("公务接待", StringComparison.Ordinal));
    }

    [Fact]
    public void A_basic_data_table_whose_sangong_budgets_are_table_09s_is_not_a_finding_and_one_that_differs_is()
    {
        // ConsistentReports' 基础数据表 prints 2023年预算数 5.00 / 0.00 / 3.00 / 0.00 / 2.00 = 公开09 预算数.
        Assert.Empty(AccountsCheckerTests.Check(ConsistentReports.Year2022, ConsistentReports.Year2023));

        var broken = AccountsCheckerTests.Break(AccountsCheckerTests.Break(ConsistentReports.Year2023, "- [三公经费, 5.00, 4.00]", "- [三公经费, 5.50, 4.00]"), "- [3、公务接待, 2.00, 1.50]", "- [3、公务接待, 2.50, 1.50]");
        var findings = AccountsCheckerTests.Check(ConsistentReports.Year2022, broken);

        Assert.Equal([("free-table.figure", 5.50m, 5.00m), ("free-table.figure", 2.50m, 2.00m)], findings.Select(f => (f.Rule, f.Stated!.Value, f.Computed!.Value)));
        Assert.Equal("部门整体支出绩效评价基础数据表“公务接待”行“2023年预算数”印为2.50万元，按本报告公开09表预算数为2.00万元，相差0.50万元。", findings[1].Message);
    }
}
