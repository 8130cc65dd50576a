using Portal.Build.Check;

namespace Portal.Build.Tests.Check;

/// <summary>
/// A 三公 part's “支出0万元，完成预算0%” whose budget the whole and the other parts fix at 0 (complete.zero-budget; blind
/// audit PZH21-10, PZH22-9): 四川's reports print no 三公 table, so the parts' budgets are what their rates imply.
/// </summary>
public sealed class SangongPartBudgetTests
{
    private const string Panzhihua = "panzhihua-jiguan-shiwu";
    private const string Parts = "explanation.sections[6].sections[1].body";
    private const string Carry = "年末结转和结余5.00万元。";

    /// <summary>The consistent reports with 2022's narrative (no tables) stating the 三公 whole and its parts like 攀枝花's.</summary>
    private static IReadOnlyList<Finding> With2022(string whole, string overseas, string vehicles, string reception) =>
        AccountsCheckerTests.Check(AccountsCheckerTests.Break(ConsistentReports.Year2022, Carry, Carry + string.Concat(new[] { whole, overseas, vehicles, reception }.Select(p => "\n\n        " + p))), ConsistentReports.Year2023);

    [Fact]
    public void Panzhihua_2021_overseas_completion_of_0_percent_is_of_a_budget_the_whole_less_the_other_parts_leaves_at_0()
    {
        // 三公 610.31 “决算数与预算数持平”; 公务用车 276.20 and 公务接待 334.11 each “完成预算100%”: 出国 610.31 − 276.20 − 334.11 = 0.
        var finding = Assert.Single(SampleFindings.All, f => f.DepartmentSlug == Panzhihua && f.Year == 2021 && f.Rule == "complete.zero-budget");

        Assert.Equal((Parts, FindingSeverity.Warning, 0m, 0m, 228), (finding.FieldPath, finding.Severity, finding.Stated!.Value, finding.Computed!.Value, finding.Location.Line));
        Assert.Equal("（二）“三公”经费财政拨款支出决算具体情况说明中“因公出国（境）经费支出0万元，完成预算0%”：“三公”经费预算610.31万元（决算610.31万元“决算数与预算数持平”）减公务用车购置及运行维护费预算276.20万元（决算276.20万元完成预算100%）、公务接待费预算334.11万元（决算334.11万元完成预算100%），因公出国（境）费预算为0，以0为基数的完成率无从计算（此按所印完成率恰为所写之数推算；完成率只印到整数时，预算可差出几万元，故存疑）。", finding.Message);
    }

    [Fact]
    public void Panzhihua_2022_overseas_0_percent_is_found_beside_the_reception_100_percent_of_nothing_spent_and_nothing_else_is()
    {
        // 三公 250.21 = 公务用车 250.21 (both 100%); 接待 “支出0万元，完成预算100%” is itself a 0 budget; so 出国's is 0 too.
        var zero = SampleFindings.All.Where(f => f.DepartmentSlug == Panzhihua && f.Rule == "complete.zero-budget").ToArray();

        Assert.Equal([(2021, 228, FindingSeverity.Warning), (2022, 174, FindingSeverity.Warning), (2022, 182, FindingSeverity.Error)],
            zero.Select(f => (f.Year, f.Location.Line, f.Severity)).Order());
        var overseas = zero.Single(f => f.Year == 2022 && f.Severity == FindingSeverity.Warning);
        Assert.Contains("“三公”经费预算250.21万元（决算250.21万元“决算数与预算数持平”）减公务用车购置及运行维护费预算250.21万元（决算250.21万元完成预算100%）、公务接待费预算0万元（决算0万元完成预算100%），因公出国（境）费预算为0", overseas.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_0_percent_completion_of_nothing_spent_is_not_a_finding_when_the_other_parts_leave_that_part_a_budget()
    {
        // 8.00 (6.00 at 75%) − 4.00 − 2.00 = 2.00: nothing of a 2.00 budget spent is 0%.
        Assert.Empty(With2022(
            "2022年“三公”经费财政拨款支出决算为6.00万元，完成预算75%。",
            "1.因公出国（境）经费支出0万元，完成预算0%。",
            "2.公务用车购置及运行维护费支出4.00万元，完成预算100%。",
            "3.公务接待费支出2.00万元，完成预算100%。"));
    }

    [Fact]
    public void A_part_left_0_is_an_error_when_the_rates_are_printed_exactly_enough_to_fix_it()
    {
        var finding = Assert.Single(With2022(
            "2022年“三公”经费财政拨款支出决算为6.00万元，完成预算100.00%，决算数与预算数持平。",
            "1.因公出国（境）经费支出0万元，完成预算0%。",
            "2.公务用车购置及运行维护费支出4.00万元，完成预算100.00%。",
            "3.公务接待费支出2.00万元，完成预算100.00%。"));

        Assert.Equal(("complete.zero-budget", FindingSeverity.Error, 2022), (finding.Rule, finding.Severity, finding.Year));
        Assert.EndsWith("因公出国（境）费预算为0，以0为基数的完成率无从计算。", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_left_0_by_rates_printed_as_whole_percents_is_doubtful()
    {
        var finding = Assert.Single(With2022(
            "2022年“三公”经费财政拨款支出决算为6.00万元，完成预算100%，决算数与预算数持平。",
            "1.因公出国（境）经费支出0万元，完成预算0%。",
            "2.公务用车购置及运行维护费支出4.00万元，完成预算100%。",
            "3.公务接待费支出2.00万元，完成预算100%。"));

        Assert.Equal(("complete.zero-budget", FindingSeverity.Warning), (finding.Rule, finding.Severity));
    }
}
