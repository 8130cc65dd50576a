using Portal.Build.Charts;

namespace Portal.Build.Tests.Charts;

public sealed class LineGeometryTests
{
    [Fact]
    public void Point_heights_above_the_baseline_are_proportional_to_the_values()
    {
        var points = LineGeometry.Points([new LineSeries("收支总计", [2472.74m, 2090.75m])], 2, left: 0, width: 300, baseline: 250, height: 200, scaleMax: 5000m)[0];

        Assert.Equal(250 - 200 * 2472.74 / 5000, points[0].Y, 6);
        Assert.Equal(2472.74 / 2090.75, (250 - points[0].Y) / (250 - points[1].Y), 6);
        Assert.Equal([0.0, 300.0], points.Select(p => p.X));
    }

    [Fact]
    public void A_year_without_a_value_has_no_point()
    {
        var points = LineGeometry.Points([new LineSeries("三公经费", [610.31m, null, 74.85m])], 3, 0, 200, 100, 100, 1000m)[0];

        Assert.Equal([0.0, 200.0], points.Select(p => p.X));
    }

    [Theory]
    [InlineData(2472.74, 5000)]
    [InlineData(610.31, 1000)]
    [InlineData(100, 100)]
    [InlineData(0.5, 0.5)]
    [InlineData(0, 1)]
    public void The_value_axis_ends_at_a_round_number_at_least_the_largest_value(decimal max, decimal expected) =>
        Assert.Equal(expected, LineGeometry.NiceMax(max));
}
