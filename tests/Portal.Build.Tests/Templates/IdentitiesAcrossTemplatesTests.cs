using System.Text.RegularExpressions;
using Portal.Build.Tests.Check;

namespace Portal.Build.Tests.Templates;

/// <summary>
/// The spec's identities (§6) are written by role, so they hold and break alike under every template whose forms carry
/// the figures: the consistent 湖南 reports re-keyed to 上海's forms (no 行次, other ids, 三公 seventh, a 收入支出
/// 国有资本经营 table) check clean, and each broken figure is flagged by the same rule.
/// </summary>
public sealed partial class IdentitiesAcrossTemplatesTests
{
    private static readonly (string Hunan, string Shanghai)[] Keys =
    [
        ("t01", "summary"), ("t02", "income"), ("t03", "expenditure"), ("t04", "fiscal-summary"), ("t05", "general-budget"),
        ("t06", "basic-economic"), ("t07", "gov-fund"), ("t08", "state-capital"), ("t09", "sangong"),
    ];

    public static TheoryData<string, string, string> TableIdentities => new()
    {
        { "income.row-total", "[\"2010301\", 行政运行, 70.00, 70.00, 0.00, 0.00, 0.00, 0.00, 0.00]", "[\"2010301\", 行政运行, 70.00, 69.00, 0.00, 0.00, 0.00, 0.00, 0.00]" },
        { "expenditure.row-total", "[\"2010303\", 机关服务, 40.00, 0.00, 40.00,", "[\"2010303\", 机关服务, 40.00, 1.00, 40.00," },
        { "general-budget.row-total", "[\"2010303\", 机关服务, 20.00, 0.00, 20.00]", "[\"2010303\", 机关服务, 20.00, 0.00, 21.00]" },
        { "state-capital.row-total", "[null, 合计, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00]\n  sangong", "[null, 合计, 1.00, 0.00, 0.00, 0.00, 0.00, 0.00]\n  sangong" },
        { "fiscal-summary.row-total", "[一、一般公共服务支出, 90.00, 90.00, 0.00, 0.00]", "[一、一般公共服务支出, 90.00, 89.00, 1.00, 1.00]" },
        { "tree.sum", "[\"2010303\", 机关服务, 40.00, 0.00, 40.00, 0.00, 0.00, 0.00]", "[\"2010303\", 机关服务, 41.00, 0.00, 41.00, 0.00, 0.00, 0.00]" },
        { "basic-economic.tree-sum", "[\"30101\", 基本工资, 40.00]", "[\"30101\", 基本工资, 41.00]" },
        { "basic-economic.totals", "personnel_total: 68.00", "personnel_total: 69.00" },
        { "summary.balance", "[总计, 125.00]", "[总计, 126.00]" },
        { "fiscal-summary.balance", "[一般公共预算财政拨款, 5.00]", "[一般公共预算财政拨款, 4.00]" },
        { "cross.summary-income", "[八、其他收入, 20.00]", "[八、其他收入, 21.00]" },
        { "cross.summary-expenditure", "[一、一般公共服务支出, 110.00]", "[一、一般公共服务支出, 111.00]" },
        { "cross.fiscal-summary-general-budget", "[八、社会保障和就业支出, 8.00, 8.00, 0.00, 0.00]", "[八、社会保障和就业支出, 9.00, 9.00, 0.00, 0.00]" },
        { "cross.general-budget-basic-economic", "public_total: 10.00", "public_total: 11.00" },
        { "sangong.row-total", "actual: {total: 4.00", "actual: {total: 4.50" },
        { "prose.figure", "人员经费68.00万元，占基本支出的87.18%", "人员经费67.00万元，占基本支出的85.90%" },
        { "prose.sangong", "公务接待费支出预算为2.00万元", "公务接待费支出预算为2.50万元" },
        { "year.carry-over", "[年初结转和结余, 5.00]", "[年初结转和结余, 6.00]" },
    };

    [Fact]
    public void The_consistent_reports_under_the_shanghai_template_have_zero_findings()
    {
        var shanghai = InShanghai(ConsistentReports.Year2023);

        var findings = AccountsCheckerTests.Check(ConsistentReports.Year2022, shanghai);

        Assert.Contains("template: shanghai", shanghai);
        Assert.DoesNotContain("公开0", shanghai);
        Assert.Empty(findings.Select(f => f.ToString()));
    }

    [Theory]
    [MemberData(nameof(TableIdentities))]
    public void Breaking_one_identity_under_the_shanghai_template_is_flagged_by_the_same_rule_naming_the_printed_table(string rule, string find, string replace)
    {
        var shanghai = AccountsCheckerTests.Break(InShanghai(ConsistentReports.Year2023), find, replace);

        // Counting findings reported as the consequence of another (one misprint, several identities).
        var findings = AccountsCheckerTests.Check(ConsistentReports.Year2022, shanghai).SelectMany(f => f.Consequences.Prepend(f));

        var flagged = findings.Where(f => f.Rule == rule).ToArray();
        Assert.NotEmpty(flagged);
        Assert.All(flagged, f => Assert.DoesNotContain("公开0", f.Message));
        Assert.All(flagged.Where(f => f.Table is not null), f => Assert.Contains(f.Table, Keys.Select(k => k.Shanghai)));
    }

    /// <summary>The consistent 湖南 report written as 上海 prints it: its keys, no 行次 cell, no table numbers, a 收入支出 国资 table.</summary>
    private static string InShanghai(string hunan)
    {
        var yaml = hunan.Replace("template: hunan", "template: shanghai", StringComparison.Ordinal);
        yaml = CodeLine().Replace(yaml, string.Empty);
        yaml = LineNumber().Replace(yaml, "$1[");
        foreach (var (from, to) in Keys)
        {
            yaml = yaml.Replace($"\n  {from}:\n", $"\n  {to}:\n", StringComparison.Ordinal);
        }

        // 湖南's 国有资本经营 支出表 (合计, 基本, 项目) is 上海's 收入支出表 (年初, 收入, 支出合计, 基本, 项目, 年末).
        return yaml.Replace("[null, 合计, 0.00, 0.00, 0.00]\n  sangong", "[null, 合计, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00]\n  sangong", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?m)^    code: 公开0\d表\n")]
    private static partial Regex CodeLine();

    // Two-sided lines start with their 行次: "- [12, 总计, 125.00]" → "- [总计, 125.00]".
    [GeneratedRegex(@"(?m)^(      - )\[\d+, ")]
    private static partial Regex LineNumber();
}
