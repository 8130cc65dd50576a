using System.Text.RegularExpressions;
using Portal.Build.Check;
using Portal.Build.Load;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Check;

public sealed class AccountsCheckerTests
{
    /// <summary>Each rule's failing fixture: the consistent reports with one figure or statement broken.</summary>
    public static TheoryData<string, int, string, string> BrokenIdentities => new()
    {
        { "income.row-total", 2023, "[\"2010301\", 行政运行, 70.00, 70.00, 0.00, 0.00, 0.00, 0.00, 0.00]", "[\"2010301\", 行政运行, 70.00, 69.00, 0.00, 0.00, 0.00, 0.00, 0.00]" },
        { "expenditure.row-total", 2023, "[\"2010303\", 机关服务, 40.00, 0.00, 40.00,", "[\"2010303\", 机关服务, 40.00, 1.00, 40.00," },
        { "general-budget.row-total", 2023, "[\"2010303\", 机关服务, 20.00, 0.00, 20.00]", "[\"2010303\", 机关服务, 20.00, 0.00, 21.00]" },
        { "state-capital.row-total", 2023, "[null, 合计, 0.00, 0.00, 0.00]", "[null, 合计, 1.00, 0.00, 0.00]" },
        { "gov-fund.row-total", 2023, "[null, 合计, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00]", "[null, 合计, 1.00, 0.00, 0.00, 0.00, 0.00, 0.00]" },
        { "fiscal-summary.row-total", 2023, "[10, 一、一般公共服务支出, 90.00, 90.00, 0.00, 0.00]", "[10, 一、一般公共服务支出, 90.00, 89.00, 1.00, 1.00]" },
        { "tree.sum", 2023, "[\"2010303\", 机关服务, 40.00, 0.00, 40.00, 0.00, 0.00, 0.00]", "[\"2010303\", 机关服务, 41.00, 0.00, 41.00, 0.00, 0.00, 0.00]" },
        { "basic-economic.tree-sum", 2023, "[\"30101\", 基本工资, 40.00]", "[\"30101\", 基本工资, 41.00]" },
        { "basic-economic.totals", 2023, "personnel_total: 68.00", "personnel_total: 69.00" },
        { "summary.balance", 2023, "[12, 总计, 125.00]", "[12, 总计, 126.00]" },
        { "fiscal-summary.balance", 2023, "[6, 一般公共预算财政拨款, 5.00]", "[6, 一般公共预算财政拨款, 4.00]" },
        { "cross.summary-income", 2023, "[8, 八、其他收入, 20.00]", "[8, 八、其他收入, 21.00]" },
        { "cross.summary-expenditure", 2023, "[13, 一、一般公共服务支出, 110.00]", "[13, 一、一般公共服务支出, 111.00]" },
        { "cross.fiscal-summary-general-budget", 2023, "[11, 八、社会保障和就业支出, 8.00, 8.00, 0.00, 0.00]", "[11, 八、社会保障和就业支出, 9.00, 9.00, 0.00, 0.00]" },
        { "cross.general-budget-basic-economic", 2023, "public_total: 10.00", "public_total: 11.00" },
        { "sangong.row-total", 2023, "actual: {total: 4.00", "actual: {total: 4.50" },
        { "perf.weights", 2023, "weight: 50", "weight: 40" },
        { "perf.fund-parts", 2023, "- [年度资金总额, 100, 100, 98, 10, 98, 10]", "- [年度资金总额, 100, 100, 98, 10, 98, 10]\n        - [其中：当年财政拨款, null, 100, 98, null, null, null]" },
        { "perf.total", 2023, "total: {max: 100, score: 98}", "total: {max: 100, score: 99}" },
        { "perf.score-max", 2023, "max: 10, score: 10, note: null}", "max: 10, score: 12, note: null}" },
        { "perf.execution-rate", 2023, "[年度资金总额, 100, 100, 98, 10, 98, 10]", "[年度资金总额, 100, 100, 98, 10, 100, 10]" },
        { "complete.zero-budget", 2023, "[年度资金总额, 100, 100, 98, 10, 98, 10]", "[年度资金总额, 100, 0, 98, 10, 98, 10]" },
        { "complete.tables", 2023, "  t08:\n    title: 国有资本经营预算财政拨款支出决算表\n    code: 公开08表\n    department_raw: 测试市机关事务局\n    no_data: 说明：本单位没有使用国有资本经营预算安排的支出，故本表无数据。\n    rows:\n      - [null, 合计, 0.00, 0.00, 0.00]\n", string.Empty },
        { "complete.no-data", 2023, "    no_data: 说明：本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。\n", string.Empty },
        { "complete.reason", 2023, "，主要原因是机关服务项目增加。", "。" },
        { "names.function-code", 2023, "[\"2010301\", 行政运行, 70.00, 70.00, 0.00, 0.00, 0.00, 0.00, 0.00]", "[\"2010301\", 行政运行费, 70.00, 70.00, 0.00, 0.00, 0.00, 0.00, 0.00]" },
        { "names.economic-code", 2023, "[\"30101\", 基本工资, 40.00]", "[\"30101\", 基本工资支出, 40.00]" },
        { "names.department", 2023, "[预算部门名称, 测试市机关事务局]", "[预算部门名称, 测试市机关事务中心]" },
        { "units.yuan", 2023, "公用经费10.00万元", "公用经费10.00元" },
        { "prose.share", 2023, "占83.33%", "占80.33%" },
        { "prose.share-total", 2023, "占37.50%", "占47.50%" },
        { "units.missing", 2023, "2023年度收、支总计125.00万元。", "2023年度收、支总计125.00。" },
        { "prose.change", 2023, "增长25.00%", "增长20.00%" },
        { "prose.completion", 2023, "完成年初预算的122.50%", "完成年初预算的120.50%" },
        { "prose.figure", 2023, "人员经费68.00万元，占基本支出的87.18%", "人员经费67.00万元，占基本支出的85.90%" },
        { "prose.sangong", 2023, "公务接待费支出预算为2.00万元", "公务接待费支出预算为2.50万元" },
        { "prose.balance", 2023, "财政拨款收、支总计105.00万元、105.00万元", "财政拨款收、支总计105.00万元、104.00万元" },
        { "prose.parts", 2023, "公务接待费减少1.00万元", "公务接待费减少2.00万元" },
        { "prose.list-sum", 2023, "公务接待费1.50万元。", "公务接待费2.50万元。" },
        { "prose.items-sum", 2023, "年初预算为8.00万元", "年初预算为9.00万元" },
        { "free-table.sum", 2023, "[3、公务接待, 2.00, 1.50]", "[3、公务接待, 2.00, 2.50]" },
        { "free-table.figure", 2023, "[项目支出：, 40.00, 40.00]", "[项目支出：, 40.00, 41.00]" },
        { "prose.fiscal-balance", 2022, "年末结转和结余5.00万元。", "年末结转和结余5.00万元。财政拨款收、支总计100.00万元，一般公共预算财政拨款支出90.00万元，政府性基金预算财政拨款支出0.00万元，国有资本经营预算财政拨款支出0.00万元，财政拨款年末结转和结余6.00万元。" },
        { "prose.count", 2023, "主要原因是：办公费增加3.00万元，公务接待费减少1.00万元。", "主要原因是：办公费增加3.00万元，公务接待费减少1.00万元。组织实施维修改造项目3个。全年组织实施维修改造项目4个。" },
        { "year.previous", 2022, "收、支总计100.00万元", "收、支总计90.00万元" },
        { "year.carry-over", 2022, "年末结转和结余5.00万元", "年末结转和结余6.00万元" },
        { "prose.fiscal-parts", 2023, "决算数大于预算数的主要原因是追加机关服务项目。", "决算数大于预算数的主要原因是追加机关服务项目。2023年度财政拨款支出90.00万元。" },
        { "prose.budget-sum", 2023, "主要原因是：办公费增加3.00万元，公务接待费减少1.00万元。", "主要原因是：办公费增加3.00万元，公务接待费减少1.00万元。年初预算为2.00万元，年中追加18.00万元，全年预算为21.00万元。" },
        { "prose.procurement", 2023, "主要原因是：办公费增加3.00万元，公务接待费减少1.00万元。", "主要原因是：办公费增加3.00万元，公务接待费减少1.00万元。政府采购金额为10.00万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额6.00万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额5.00万元。" },
        { "prose.totals", 2022, "年末结转和结余5.00万元。", "年末结转和结余5.00万元。支出总计95.00万元。" },
    };

    [Fact]
    public void A_fully_consistent_department_has_zero_findings()
    {
        var findings = Check(ConsistentReports.Year2022, ConsistentReports.Year2023);

        Assert.Empty(findings.Select(f => f.ToString()));
    }

    [Fact]
    public void The_consistent_narrative_under_the_sichuan_template_without_its_tables_has_zero_findings()
    {
        // 四川's seeds publish the narrative and no tables: the claims are checked against one another only.
        var y2023 = ConsistentReports.Year2023.Replace("template: hunan", "template: sichuan", StringComparison.Ordinal);
        var tables = y2023.IndexOf("tables:\n", StringComparison.Ordinal);
        var sichuan = y2023[..tables] + y2023[y2023.IndexOf("explanation:\n", StringComparison.Ordinal)..];

        var findings = Check(ConsistentReports.Year2022, sichuan);

        Assert.DoesNotContain("公开01表", sichuan, StringComparison.Ordinal);
        Assert.Empty(findings.Select(f => f.ToString()));
    }

    [Theory]
    [MemberData(nameof(BrokenIdentities))]
    public void Breaking_one_identity_is_flagged_by_its_rule(string rule, int year, string find, string replace)
    {
        var y2022 = year == 2022 ? Break(ConsistentReports.Year2022, find, replace) : ConsistentReports.Year2022;
        var y2023 = year == 2023 ? Break(ConsistentReports.Year2023, find, replace) : ConsistentReports.Year2023;

        // A finding may be reported as the consequence of another (one misprint, several identities): count those too.
        var findings = Check(y2022, y2023).SelectMany(f => f.Consequences.Prepend(f)).ToArray();

        Assert.Contains(findings, f => f.Rule == rule);
        Assert.All(findings.Where(f => f.Rule == rule), f => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", f.Message));
    }

    [Fact]
    public void Every_rule_has_a_failing_fixture()
    {
        var covered = BrokenIdentities.Select(row => (string)row[0]).ToHashSet();

        Assert.All(AccountsChecker.Rules, rule => Assert.Contains(rule.Id, covered));
    }

    [Fact]
    public void A_table_finding_points_at_the_figure_in_the_yaml()
    {
        var findings = Check(ConsistentReports.Year2022, Break(ConsistentReports.Year2023, "actual: {total: 4.00", "actual: {total: 4.50"));

        var finding = Assert.Single(findings, f => f.Rule == "sangong.row-total");
        Assert.Equal(("t09", "决算数", "合计"), (finding.Table, finding.Code, finding.Column));
        Assert.Equal((4.50m, 4.00m), (finding.Stated!.Value, finding.Computed!.Value));
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.EndsWith("2023.yml", finding.Location.File, StringComparison.Ordinal);
        Assert.Equal(125, finding.Location.Line); // the t09 actual: line of ConsistentReports.Year2023
        Assert.Equal("tables.t09.actual.total", finding.FieldPath);
    }

    [Fact]
    public void A_difference_of_one_cent_is_rounding_not_an_error()
    {
        var findings = Check(ConsistentReports.Year2022, Break(ConsistentReports.Year2023, "personnel_total: 68.00", "personnel_total: 68.01"));

        Assert.Contains(findings, f => f.Rule == "basic-economic.totals" && f.Severity == FindingSeverity.Rounding);
        Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error && f.Rule == "basic-economic.totals");
    }

    [Fact]
    public void A_prose_finding_points_at_the_line_of_its_paragraph()
    {
        var findings = Check(ConsistentReports.Year2022, Break(ConsistentReports.Year2023, "占83.33%", "占80.33%"));

        var finding = Assert.Single(findings, f => f.Rule == "prose.share");
        var yaml = ConsistentReports.Year2023.Split('\n');
        Assert.Contains("占83.33%", yaml[finding.Location.Line - 1], StringComparison.Ordinal);
        Assert.Null(finding.Table);
    }

    [Fact]
    public void A_share_whose_whole_cannot_be_found_is_not_a_finding()
    {
        var findings = Check(ConsistentReports.Year2022, Break(ConsistentReports.Year2023, "2023年度收入合计120.00万元，其中：财政拨款收入100.00万元，占83.33%", "财政拨款收入100.00万元，占50.00%"));

        Assert.DoesNotContain(findings, f => f.Rule == "prose.share");
    }

    [Theory]
    [InlineData("2023年度收入合计120.00万元，其中：财政拨款收入100.00万元，占83.33%", "2023年度收入合计0.0001万元，其中：财政拨款收入9999999999999999万元，占99999999999999999999999999999999%")]
    [InlineData("增加25.00万元，增长25.00%", "增加99999999999999999999999999999999万元，增长25.00%")]
    [InlineData("年初预算为2.00万元，支出决算为20.00万元，完成年初预算的1000.00%", "年初预算为0.0000000001万元，支出决算为99999999999999999999万元，完成年初预算的1000.00%")]
    [InlineData("公务接待费1.50万元。", "公务接待费9999999999999999999999999999.50元。")]
    public void A_narrative_figure_too_large_for_a_decimal_is_left_unchecked_instead_of_failing_the_check(string find, string huge)
    {
        var findings = Check(ConsistentReports.Year2022, Break(ConsistentReports.Year2023, find, huge));

        Assert.All(findings, f => Assert.DoesNotContain("99999999999999999", f.Message, StringComparison.Ordinal));
    }

    internal static string Break(string yaml, string find, string replace)
    {
        Assert.Contains(find, yaml, StringComparison.Ordinal);
        var index = yaml.IndexOf(find, StringComparison.Ordinal);
        return yaml[..index] + replace + yaml[(index + find.Length)..];
    }

    [Fact]
    public void A_report_and_its_year_before_keep_no_split_paragraphs_once_the_check_is_done()
    {
        using var site = new TempSite()
            .WithReport("ceshi", 2022, ConsistentReports.Year2022, ConsistentReports.Department)
            .WithReport("ceshi", 2023, ConsistentReports.Year2023, ConsistentReports.Department);
        var content = ContentLoader.Load(site.Content, new DiagnosticBag());
        var reader = new ParagraphReader();

        AccountsChecker.Check(content, [reader]);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // Both years read as themselves, and 2022 again as 2023's year before: three readings, each with paragraphs.
        Assert.Equal([(2022, true), (2022, true), (2023, true)], reader.Read.Select(r => (r.Year, r.Paragraphs > 0)).Order().ToArray());
        Assert.All(reader.Read, r => Assert.False(r.Split.IsAlive, $"the {r.Year} paragraphs are still held after the check"));
        GC.KeepAlive(content);
    }

    [Fact]
    public void A_context_lets_its_split_paragraphs_go_when_the_report_is_done_while_the_reports_live_on()
    {
        using var site = new TempSite()
            .WithReport("ceshi", 2022, ConsistentReports.Year2022, ConsistentReports.Department)
            .WithReport("ceshi", 2023, ConsistentReports.Year2023, ConsistentReports.Department);
        var entry = ContentLoader.Load(site.Content, new DiagnosticBag()).Departments.Single();
        var context = new CheckContext(entry.Department, entry.Reports.Single(r => r.Year == 2023), entry.Reports.Single(r => r.Year == 2022));
        var reader = new ParagraphReader();
        reader.Check(context);

        context.Done();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Equal([(2022, true), (2023, true)], reader.Read.Select(r => (r.Year, r.Paragraphs > 0)).Order().ToArray());
        Assert.All(reader.Read, r => Assert.False(r.Split.IsAlive, $"the {r.Year} paragraphs are still held by the context"));
        Assert.NotEmpty(context.Paragraphs);
        GC.KeepAlive(context);
    }

    /// <summary>Reads each report's paragraphs (and the year before's) as a prose rule does, and remembers them only weakly.</summary>
    private sealed class ParagraphReader : ICheckRule
    {
        public List<(int Year, int Paragraphs, WeakReference Split)> Read { get; } = [];

        public string Id => "test.paragraphs";

        public IEnumerable<Finding?> Check(CheckContext context)
        {
            lock (Read)
            {
                Remember(context.Prose);
                if (context.PreviousProse is { } previous)
                {
                    Remember(previous);
                }
            }

            return [];
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private void Remember(Portal.Build.Check.Prose.ReportProse prose) => Read.Add((prose.Report.Year, prose.Paragraphs.Count, new WeakReference(prose.Paragraphs)));
    }

    internal static IReadOnlyList<Finding> Check(string year2022, string year2023)
    {
        using var site = new TempSite()
            .WithReport("ceshi", 2022, year2022, ConsistentReports.Department)
            .WithReport("ceshi", 2023, year2023, ConsistentReports.Department);
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(site.Content, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return AccountsChecker.Check(content);
    }
}
