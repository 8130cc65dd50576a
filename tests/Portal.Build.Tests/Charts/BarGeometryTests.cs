using Portal.Build.Charts;

namespace Portal.Build.Tests.Charts;

public sealed class BarGeometryTests
{
    [Fact]
    public void Bar_lengths_are_proportional_to_the_values_and_the_largest_fills_the_plot()
    {
        var bars = BarGeometry.Layout([new("2021年", 2472.74m), new("2022年", 2090.75m), new("零", 0m)], plotLength: 400, rowHeight: 40);

        Assert.Equal(400, bars[0].Length, 6);
        Assert.Equal(400 * 2090.75 / 2472.74, bars[1].Length, 6);
        Assert.Equal(0, bars[2].Length);
        Assert.Equal(2472.74 / 2090.75, bars[0].Length / bars[1].Length, 6);
    }

    [Fact]
    public void Rows_are_stacked_one_row_height_apart_below_the_top_margin()
    {
        var bars = BarGeometry.Layout([new("a", 1m), new("b", 2m), new("c", 3m)], 100, rowHeight: 30, top: 10);

        Assert.Equal([10.0, 40.0, 70.0], bars.Select(b => b.Top));
    }

    [Fact]
    public void All_zero_values_draw_no_bar_rather_than_dividing_by_zero()
    {
        var bars = BarGeometry.Layout([new("因公出国（境）费", 0m), new("公务用车购置费", 0m)], 100, 30);

        Assert.All(bars, b => Assert.Equal(0, b.Length));
    }
}
