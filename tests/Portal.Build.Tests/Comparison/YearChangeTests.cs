using Portal.Build.Comparison;

namespace Portal.Build.Tests.Comparison;

public sealed class YearChangeTests
{
    [Fact]
    public void The_change_is_this_year_minus_last_year_and_the_percent_is_of_last_year()
    {
        var change = new YearChange(250.21m, 610.31m);

        Assert.Equal(-360.10m, change.Difference);
        Assert.Equal(-59.00m, change.Percent);
    }

    [Fact]
    public void The_percent_is_rounded_to_two_decimals_half_away_from_zero()
    {
        Assert.Equal(-15.45m, new YearChange(2090.75m, 2472.74m).Percent);
        Assert.Equal(2.10m, new YearChange(1277.67m, 1251.39m).Percent);
    }

    [Fact]
    public void Without_last_year_there_is_no_change_and_from_zero_there_is_no_percent()
    {
        Assert.Null(new YearChange(1.42m, null).Difference);
        Assert.Null(new YearChange(null, 1.42m).Percent);
        Assert.Equal(1.42m, new YearChange(1.42m, 0m).Difference);
        Assert.Null(new YearChange(1.42m, 0m).Percent);
    }

    [Fact]
    public void A_computed_percent_always_has_two_decimals()
    {
        Assert.Equal("-50.00", new YearChange(5.00m, 10.00m).Percent!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
