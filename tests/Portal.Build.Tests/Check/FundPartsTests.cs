using Portal.Build.Check;

namespace Portal.Build.Tests.Check;

/// <summary>
/// 绩效自评表 fund rows (perf.fund-parts): the sources under 年度资金总额 are its parts — not more than it, and the one
/// source a table fills is the whole of it in every column (blind audit LK22-9).
/// </summary>
public sealed class FundPartsTests
{
    private const string TotalRow = "- [年度资金总额, 100, 100, 98, 10, 98, 10]";

    /// <summary>The consistent reports with the 整体自评表's source rows under its 年度资金总额 (YAML indentation of the funds list).</summary>
    private static IReadOnlyList<Finding> WithSources(params string[] rows) =>
        AccountsCheckerTests.Check(ConsistentReports.Year2022, AccountsCheckerTests.Break(ConsistentReports.Year2023, TotalRow, TotalRow + string.Concat(rows.Select(r => "\n        - " + r))));

    [Fact]
    public void On_the_sample_only_lukou_2022s_repair_project_leaves_its_one_source_blank_in_a_column_its_total_fills()
    {
        // 附件3-5 维修改造费: 年度资金总额 294.7 / 294.7 / 294.7; “其中：当年财政拨款” — / 294.7 / 294.7; 上年结转资金 and 其他资金 blank.
        var finding = Assert.Single(SampleFindings.All, f => f.Rule == "perf.fund-parts");

        Assert.Equal(("zhuzhou-lukou-jiguan-shiwu", 2022, "performance.projects[4].evaluation.funds[1][1]", FindingSeverity.Error, (decimal?)null, (decimal?)294.7m),
            (finding.DepartmentSlug, finding.Year, finding.FieldPath, finding.Severity, finding.Stated, finding.Computed));
        Assert.Equal("项目“2022年全年相关维修改造费等”绩效自评表“其中：当年财政拨款”行“年初预算数”为空，资金来源只填此一项（上年结转资金、其他资金均为空或0），按“年度资金总额”年初预算数应为294.7万元：该格漏印。", finding.Message);
    }

    [Fact]
    public void Sources_that_make_up_their_total_in_every_column_are_not_a_finding()
    {
        Assert.Empty(WithSources("[其中：当年财政拨款, 80, 80, 78, null, null, null]", "[上年结转资金, 20, 20, 20, null, null, null]", "[其他资金, null, null, null, null, null, null]"));
    }

    [Fact]
    public void One_source_equal_to_its_total_and_the_others_blank_is_not_a_finding()
    {
        Assert.Empty(WithSources("[其中：当年财政拨款, 100, 100, 98, null, null, null]", "[上年结转资金, null, null, null, null, null, null]", "[其他资金, 0, 0, 0, null, null, null]"));
    }

    [Fact]
    public void Sources_left_blank_altogether_say_nothing_about_the_total()
    {
        // 攀枝花 2021 leaves a whole “其中：财政拨款” row blank: the breakdown is not published, which is not an error of figures.
        Assert.Empty(WithSources("[其中：当年财政拨款, null, null, null, null, null, null]", "[上年结转资金, null, null, null, null, null, null]"));
    }

    [Fact]
    public void Sources_that_exceed_their_total_are_one_finding_per_column()
    {
        var findings = WithSources("[其中：当年财政拨款, 80, 80, 78, null, null, null]", "[上年结转资金, 30, 30, 30, null, null, null]");

        Assert.Equal([("performance.overall.evaluation.funds[0][1]", 100m, 110m), ("performance.overall.evaluation.funds[0][2]", 100m, 110m), ("performance.overall.evaluation.funds[0][3]", 98m, 108m)],
            findings.Select(f => (f.FieldPath, f.Stated!.Value, f.Computed!.Value)));
        Assert.All(findings, f => Assert.Equal("perf.fund-parts", f.Rule));
        Assert.Equal("部门整体支出绩效自评表“年度资金总额”行“年初预算数”印为100万元，其下当年财政拨款、上年结转资金之和为110万元，部分超过总额10万元。", findings[0].Message);
    }

    [Fact]
    public void The_only_source_printed_unlike_its_total_is_compared_with_it()
    {
        var finding = Assert.Single(WithSources("[其中：当年财政拨款, 100, 100, 90, null, null, null]", "[上年结转资金, null, null, null, null, null, null]"));

        Assert.Equal(("perf.fund-parts", "performance.overall.evaluation.funds[1][3]", 90m, 98m), (finding.Rule, finding.FieldPath, finding.Stated, finding.Computed));
    }
}
