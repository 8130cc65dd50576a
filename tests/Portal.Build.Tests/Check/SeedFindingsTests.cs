using Portal.Build.Check;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Check;

/// <summary>
/// The sample reports' own inconsistencies (see SEED-AUDIT.md), each tested by what it is: which report, which
/// rule, which figure. No seed number is written into a rule.
/// </summary>
public sealed class SeedFindingsTests
{
    private const string Huaihua = "huaihua-jiguan-shiwu";
    private const string Lukou = "zhuzhou-lukou-jiguan-shiwu";
    private const string Shifeng = "zhuzhou-shifeng-jiguan-shiwu";
    private const string Panzhihua = "panzhihua-jiguan-shiwu";

    [Theory]
    [InlineData(Huaihua, 2023, "income.row-total", "tables.t02.rows[15][2]", FindingSeverity.Error)] // 20199 846.17 ≠ 826.17 + 20
    [InlineData(Huaihua, 2023, "tree.sum", "tables.t02.rows[6][2]", FindingSeverity.Rounding)] // 20103 款 off by 0.01
    [InlineData(Huaihua, 2023, "general-budget.row-total", "tables.t05.rows[25][2]", FindingSeverity.Error)] // 2101301 项目 printed 1679.67
    [InlineData(Huaihua, 2023, "basic-economic.tree-sum", "tables.t06.groups[0][0][2]", FindingSeverity.Error)] // 301 922.207 vs Σ 922.27
    [InlineData(Huaihua, 2023, "basic-economic.tree-sum", "tables.t06.groups[1][0][2]", FindingSeverity.Error)] // 302 998.806 vs Σ 998.87
    [InlineData(Huaihua, 2023, "sangong.row-total", "tables.t09.actual.total", FindingSeverity.Error)] // 决算 合计 74.85 ≠ 76.27
    [InlineData(Huaihua, 2023, "sangong.row-total", "tables.t09.actual.vehicles", FindingSeverity.Error)] // 小计 74.85 ≠ 0 + 73.43
    [InlineData(Huaihua, 2023, "perf.weights", "performance.overall.evaluation.indicators[1].weight", FindingSeverity.Error)] // 效益 30 vs 20
    [InlineData(Huaihua, 2023, "perf.total", "performance.overall.evaluation.total.max", FindingSeverity.Error)] // 总分 100 vs 90
    [InlineData(Lukou, 2022, "perf.weights", "performance.overall.evaluation.indicators[0].weight", FindingSeverity.Error)] // 产出 50 vs 60
    [InlineData(Lukou, 2022, "perf.total", "performance.overall.evaluation.total.max", FindingSeverity.Error)] // 110 vs 100
    public void A_seed_table_inconsistency_is_flagged_at_its_figure(string department, int year, string rule, string path, FindingSeverity severity)
    {
        // At top level or as the consequence of the misprint that causes it.
        Assert.Contains(SampleFindings.All.SelectMany(f => f.Consequences.Prepend(f)), f => f.DepartmentSlug == department && f.Year == year && f.Rule == rule && f.FieldPath == path && f.Severity == severity);
    }

    [Fact]
    public void Huaihua_2023_projects_with_performance_targets_are_counted_8_in_one_report_and_7_in_the_other()
    {
        // 部门整体支出绩效自评报告: 编报绩效目标的项目8个 (and the 8 are listed); 项目支出绩效自评报告: 7个.
        var finding = Assert.Single(SampleFindings.All, f => f.DepartmentSlug == Huaihua && f.Rule == "prose.count");

        Assert.Equal((7m, 8m), (finding.Stated, finding.Computed));
    }

    [Fact]
    public void Huaihua_2023_basic_data_table_project_expenditure_contradicts_table_03()
    {
        // 基础数据表 项目支出 2023决算 1939.11 (the 绩效 report's 全年预算 figure) vs 公开03 项目支出 1679.67 (H21).
        var finding = Assert.Single(SampleFindings.All, f => f.DepartmentSlug == Huaihua && f.Rule == "free-table.figure" && f.Message.Contains("“项目支出”行", StringComparison.Ordinal));

        Assert.Equal((1939.11m, 1679.67m), (finding.Stated, finding.Computed));
        Assert.Contains("公开03表", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Huaihua_2023_basic_data_table_procurement_contradicts_the_procurement_total_its_text_states()
    {
        // 基础数据表 政府采购金额 2023决算 1173.03 vs 说明 十二 “政府采购支出总额1188.77万元” (blind audit HH23-21): no table
        // prints it, so the stated figure is the one compared.
        var finding = Assert.Single(SampleFindings.All, f => f.Rule == "free-table.figure" && f.Message.Contains("政府采购", StringComparison.Ordinal));

        Assert.Equal((Huaihua, "performance.overall.tables[0].rows[35][3]", 1173.03m, 1188.77m), (finding.DepartmentSlug, finding.FieldPath, finding.Stated, finding.Computed));
        Assert.Equal("部门整体支出绩效评价基础数据表“政府采购金额”行“2023年决算数”印为1173.03万元，按本报告正文所述为1188.77万元，相差-15.74万元。", finding.Message);
    }

    [Fact]
    public void Huaihua_2023_basic_data_table_sangong_cells_contradict_table_09_and_the_total_is_one_finding()
    {
        var rows = SampleFindings.All.Where(f => f.DepartmentSlug == Huaihua && f.Rule == "free-table.figure" && f.Message.Contains("公开09表", StringComparison.Ordinal) && f.Message.Contains("“2023年决算数”", StringComparison.Ordinal)).ToArray();
        var total = Assert.Single(SampleFindings.All, f => f.DepartmentSlug == Huaihua && f.Rule == "free-table.sum" && f.Message.Contains("“三公经费”行“2023年决算数”", StringComparison.Ordinal));

        Assert.Equal([(3.11m, 73.43m), (1.25m, 1.42m)], rows.Select(f => (f.Stated!.Value, f.Computed!.Value)));
        Assert.Equal([("free-table.figure", 74.85m)], total.Consequences.Select(c => (c.Rule, c.Computed!.Value)));
    }

    [Fact]
    public void Panzhihua_2022_fiscal_carry_over_is_not_the_fiscal_total_less_what_was_spent()
    {
        // 2090.35 − (1736.97 + 350.87 + 0) = 2.51, printed 2.91 (the all-funds 2090.75 − 2087.84).
        var finding = Assert.Single(SampleFindings.All, f => f.DepartmentSlug == Panzhihua && f.Rule == "prose.fiscal-balance");

        Assert.Equal((2022, 2.91m, 2.51m), (finding.Year, finding.Stated, finding.Computed));
    }

    [Fact]
    public void Panzhihua_2021_repair_projects_are_7_in_the_report_and_21_in_the_project_self_evaluation()
    {
        var finding = Assert.Single(SampleFindings.All, f => f.DepartmentSlug == Panzhihua && f.Rule == "prose.count");

        Assert.Equal((2021, 21m, 7m), (finding.Year, finding.Stated, finding.Computed));
        Assert.Contains("（机关办公用房改造资金）", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Panzhihua_2022_last_years_fiscal_total_is_traced_to_the_other_scope_it_was_taken_from()
    {
        // 2090.35 + 135.22 = 2225.57: the 2021 report's 一般公共预算财政拨款收入, not its 财政拨款收、支总计 2472.54.
        var finding = Assert.Single(SampleFindings.All, f => f.DepartmentSlug == Panzhihua && f.Year == 2022 && f.Rule == "year.previous" && f.Severity == FindingSeverity.Error && f.FieldPath == "explanation.sections[3].body");

        Assert.Equal((2225.57m, 2472.54m), (finding.Stated, finding.Computed));
        Assert.Contains("“一般公共预算财政拨款收入”正是2225.57万元，上年基数疑取自另一口径", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Huaihua_2023_wrong_fiscal_cell_of_2019999_is_one_finding_with_its_kuan_and_lei_listed_under_it()
    {
        var root = Assert.Single(SampleFindings.All, f => f.DepartmentSlug == Huaihua && f.Table == "t02" && f.Severity == FindingSeverity.Error);

        Assert.Equal(("income.row-total", "2019999"), (root.Rule, root.Code));
        Assert.Equal(new CellRef("t02", "2019999", "财政拨款收入"), root.LikelyCell);
        Assert.Equal([("income.row-total", "20199"), ("tree.sum", "201")], root.Consequences.Select(c => (c.Rule, c.Code)));
        Assert.Contains("最可能印错的是2019999行“财政拨款收入”一格", root.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Huaihua_2023_wrong_fiscal_cell_of_2019999_is_located_at_that_cell_in_the_yaml()
    {
        var root = Assert.Single(SampleFindings.All, f => f.DepartmentSlug == Huaihua && f.Table == "t02" && f.Severity == FindingSeverity.Error);
        var line = File.ReadAllLines(root.Location.File)[root.Location.Line - 1];

        // The row's 财政拨款收入 cell (the fourth), not the 本年收入合计 cell the row identity is stated on.
        Assert.Equal("tables.t02.rows[16][2]", root.FieldPath);
        Assert.StartsWith("846.17, 0.00", line[(root.Location.Column - 1)..], StringComparison.Ordinal);
    }

    [Fact]
    public void Huaihua_2023_one_rounding_in_table_02_is_one_finding_with_the_sums_it_shows_in_under_it()
    {
        var rounding = Assert.Single(SampleFindings.All, f => f.DepartmentSlug == Huaihua && f.Table == "t02" && f.Severity == FindingSeverity.Rounding);

        Assert.Equal(("tree.sum", "20103", "财政拨款收入"), (rounding.Rule, rounding.Code, rounding.Column));
        Assert.Equal([("201", "本年收入合计"), ("20103", "本年收入合计")], rounding.Consequences.Select(c => (c.Code!, c.Column!)));
        Assert.Null(rounding.LikelyCell);
        Assert.Contains("同一尾数在本表连带的2处", rounding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Putuo_2024_rounding_of_302_is_one_finding_with_the_public_costs_total_under_it_and_the_cross_table_one_apart()
    {
        var roundings = SampleFindings.All.Where(f => f.DepartmentSlug == "putuo-shegongbu" && f.Severity == FindingSeverity.Rounding && f.Table is not null).ToArray();

        Assert.Equal(["cross.general-budget-basic-economic", "basic-economic.tree-sum"], roundings.Select(f => f.Rule));
        Assert.Equal(["basic-economic.totals"], roundings[1].Consequences.Select(c => c.Rule));
    }

    [Fact]
    public void Huaihua_2023_misplaced_project_figure_is_one_finding_naming_its_cell()
    {
        var root = Assert.Single(SampleFindings.All, f => f.DepartmentSlug == Huaihua && f.Table == "t05" && f.Severity == FindingSeverity.Error);

        Assert.Equal(new CellRef("t05", "2101301", "项目支出"), root.LikelyCell);
        Assert.Equal([("tree.sum", "21013")], root.Consequences.Select(c => (c.Rule, c.Code)));
    }

    [Fact]
    public void Huaihua_2023_sangong_subtotal_is_the_root_and_the_total_it_puts_off_its_consequence()
    {
        var root = Assert.Single(SampleFindings.All, f => f.DepartmentSlug == Huaihua && f.Table == "t09" && f.Rule == "sangong.row-total");

        Assert.Equal("tables.t09.actual.vehicles", root.FieldPath);
        Assert.Equal(["tables.t09.actual.total"], root.Consequences.Select(c => c.FieldPath));
    }

    [Fact]
    public void Huaihua_2023_project_execution_rates_printed_as_100_percent_are_recomputed()
    {
        var rates = SampleFindings.All.Where(f => f.DepartmentSlug == Huaihua && f.Rule == "perf.execution-rate").ToArray();

        Assert.Equal(2, rates.Length);
        Assert.All(rates, f => Assert.Equal(100m, f.Stated));
        Assert.All(rates, f => Assert.InRange(f.Computed!.Value, 60m, 80m));
    }

    [Fact]
    public void Lukou_2022_greening_project_executed_far_more_than_its_budget()
    {
        Assert.Contains(SampleFindings.All, f => f.DepartmentSlug == Lukou && f.Rule == "perf.execution-rate" && f.Computed > 1000m);
    }

    [Fact]
    public void Huaihua_2023_basic_expenditure_in_the_text_contradicts_the_tables()
    {
        Assert.Contains(SampleFindings.All, f => f.DepartmentSlug == Huaihua && f.Rule == "prose.figure" && f.Message.Contains("财政拨款基本支出", StringComparison.Ordinal) && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Amounts_printed_in_yuan_are_flagged_in_shifeng_2023_and_panzhihua_2021()
    {
        Assert.Contains(SampleFindings.All, f => f.DepartmentSlug == Shifeng && f.Rule == "units.yuan" && f.Message.Contains("913.83元", StringComparison.Ordinal));
        Assert.Contains(SampleFindings.All, f => f.DepartmentSlug == Panzhihua && f.Year == 2021 && f.Rule == "units.yuan" && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Panzhihua_2022_swapped_shares_are_both_flagged()
    {
        Assert.Equal(2, SampleFindings.All.Count(f => f.DepartmentSlug == Panzhihua && f.Year == 2022 && f.Rule == "prose.share" && f.Severity == FindingSeverity.Error));
    }

    [Fact]
    public void Panzhihua_2021_rate_on_the_wrong_base_is_named_as_such()
    {
        Assert.Contains(SampleFindings.All, f => f.DepartmentSlug == Panzhihua && f.Year == 2021 && f.Rule == "prose.change" && f.Message.Contains("以本年数为基数", StringComparison.Ordinal));
    }

    [Fact]
    public void Panzhihua_2022_previous_year_fiscal_total_contradicts_the_2021_report()
    {
        Assert.Contains(SampleFindings.All, f => f.DepartmentSlug == Panzhihua && f.Year == 2022 && f.Rule == "year.previous" && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Huaihua_2023_sangong_budget_in_the_text_contradicts_table_09()
    {
        Assert.Contains(SampleFindings.All, f => f.DepartmentSlug == Huaihua && f.Rule == "prose.sangong" && f.Column == "合计" && f.Code == "预算数" && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Huaihua_2023_operating_costs_change_does_not_equal_its_listed_parts()
    {
        Assert.Contains(SampleFindings.All, f => f.DepartmentSlug == Huaihua && f.Rule == "prose.parts" && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Huaihua_2023_a_later_statement_of_operating_costs_of_another_scale_is_a_warning()
    {
        Assert.Contains(SampleFindings.All, f => f.DepartmentSlug == Huaihua && f.Rule == "prose.figure" && f.Severity == FindingSeverity.Warning
            && f.Message.Contains("“机关运行经费”", StringComparison.Ordinal) && f.Message.Contains("按本报告所列主要数字", StringComparison.Ordinal) && f.Message.Contains("另一口径", StringComparison.Ordinal));
    }

    [Fact]
    public void Huaihua_2023_initial_budget_total_is_not_the_sum_of_its_items()
    {
        Assert.Contains(SampleFindings.All, f => f.DepartmentSlug == Huaihua && f.Rule == "prose.items-sum" && f.Message.Contains("年初预算总数", StringComparison.Ordinal) && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Panzhihua_2021_income_and_expenditure_totals_differ()
    {
        // 2472.74 ≠ 2470.46 and 2472.54 ≠ 2470.46 this year; and the paired 财政拨款 changes (786.86, 768.75) leave
        // 2020's 财政拨款 totals 3259.40 ≠ 3239.21 (P9 of the audit).
        var balance = SampleFindings.All.Where(f => f.DepartmentSlug == Panzhihua && f.Year == 2021 && f.Rule == "prose.balance").ToArray();

        Assert.Equal([(2472.74m, 2470.46m), (2472.54m, 2470.46m), (3259.40m, 3239.21m)], balance.Select(f => (f.Stated!.Value, f.Computed!.Value)));
    }

    [Fact]
    public void Panzhihua_2021_the_performance_reports_last_year_total_differs_from_the_explanations()
    {
        // 2470.46 + 837.85 = 3308.31 (绩效 report) vs 2470.46 + 858.04 = 3328.50 (决算说明's paired list): P6.
        var finding = Assert.Single(SampleFindings.All, f => f.DepartmentSlug == Panzhihua && f.Year == 2021 && f.Rule == "year.previous");

        Assert.Equal((3308.31m, 3328.50m), (finding.Stated, finding.Computed));
    }

    [Fact]
    public void Every_finding_has_a_chinese_message_and_a_real_yaml_line()
    {
        Assert.All(SampleFindings.All, f =>
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", f.Message);
            Assert.True(f.Location.Line > 1, f.ToString());
            Assert.EndsWith(f.Year + ".yml", f.Location.File, StringComparison.Ordinal);
        });
    }
}
