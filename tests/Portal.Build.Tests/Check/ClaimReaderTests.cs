using Portal.Build.Check.Claims;

namespace Portal.Build.Tests.Check;

/// <summary>The claim reader turns a stated figure into metric, 口径, phase, year, value and unit — and nothing else.</summary>
public sealed class ClaimReaderTests
{
    private static Claim Single(string text) => Assert.Single(ClaimReader.Read(text, 2023));

    [Fact]
    public void Fiscal_income_and_expenditure_total_is_the_fiscal_grand_total_not_the_all_funds_one()
    {
        var claim = Single("2023年度财政拨款收入支出总计105.00万元。");

        Assert.Equal(("grand_total", "fiscal", "fiscal_grand_total", 105.00m), (claim.Metric, claim.Scope, claim.FigureKey, claim.Value));
        Assert.True(claim.IsCurrentFinal);
    }

    [Fact]
    public void The_budget_inside_general_public_budget_is_a_scope_not_a_phase()
    {
        var claim = Single("2023年度一般公共预算财政拨款基本支出1,939.12万元，主要用于保障机构正常运转。");

        Assert.Equal(("basic_expenditure", "general_budget", ClaimPhase.Final, ClaimYear.Current), (claim.Metric, claim.Scope, claim.Phase, claim.Year));
        Assert.Equal(("general_budget_basic", 1939.12m), (claim.FigureKey, claim.Value));
    }

    [Fact]
    public void A_phase_word_after_the_metric_makes_it_a_budget_figure()
    {
        var claim = Single("2023年度一般公共预算财政拨款支出年初预算为80.00万元，支出决算为98.00万元。");

        Assert.Equal(("expenditure", "general_budget", ClaimPhase.InitialBudget, 80.00m), (claim.Metric, claim.Scope, claim.Phase, claim.Value));
    }

    [Fact]
    public void Last_years_figure_is_read_as_last_years()
    {
        var claim = Single("上年收支总计100.00万元。");

        Assert.Equal((ClaimYear.Previous, 100.00m), (claim.Year, claim.Value));
    }

    [Fact]
    public void Full_width_digits_thousands_separators_and_other_units_are_read_in_wan_yuan()
    {
        var claims = ClaimReader.Read("收入合计１，２００．５０万元。人员经费0.68亿元。公用经费100000元。", 2023);

        Assert.Equal([("income_total", 1200.50m, "万元"), ("personnel_costs", 6800m, "亿元"), ("public_costs", 10m, "元")], claims.Select(c => (c.Metric, c.Value, c.Unit)));
    }

    [Fact]
    public void A_figure_printed_without_a_unit_is_a_claim_without_a_unit()
    {
        var claim = Single("2023年度收支总计125.00，与上年持平。");

        Assert.Equal((125.00m, (string?)null), (claim.Value, claim.Unit));
    }

    [Theory]
    [InlineData("“三公”经费财政拨款支出决算为250.21万元。")] // the 三公's own 财政拨款支出, not the department's
    [InlineData("人员经费占基本支出的87.18%。")] // a share, not an amount
    [InlineData("其他收入20.00万元。")] // 收入 alone is too generic to be a metric
    [InlineData("收支总计2023年增加。")] // a year after the name is not its figure
    public void Words_that_only_look_like_a_stated_figure_are_not_claims(string text)
    {
        Assert.Empty(ClaimReader.Read(text, 2023));
    }
}
