using Portal.Build.Render;

namespace Portal.Build.Tests.Render;

public sealed class AmountFormatTests
{
    [Theory]
    [InlineData("3618.79", "3618.79")]
    [InlineData("100.5", "100.50")]
    [InlineData("0", "0.00")]
    [InlineData("922.207", "922.207")]
    [InlineData("-3.1", "-3.10")]
    public void Amounts_show_at_least_two_decimals_and_every_printed_one(string value, string expected)
    {
        Assert.Equal(expected, AmountFormat.Amount(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_blank_amount_is_an_empty_cell()
    {
        Assert.Equal(string.Empty, AmountFormat.Amount(null));
    }
}
