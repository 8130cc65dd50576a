using System.Text.RegularExpressions;
using Portal.Build.Charts;

namespace Portal.Build.Tests.Charts;

public sealed class PieGeometryTests
{
    [Fact]
    public void Slice_angles_are_proportional_to_the_values_and_add_up_to_a_full_circle()
    {
        var slices = PieGeometry.Slices([new("基本支出", 2185.85m), new("项目支出", 1679.67m)]);

        Assert.Equal(360, slices.Sum(s => s.Sweep), 6);
        Assert.Equal(360 * 2185.85 / 3865.52, slices[0].Sweep, 6);
        Assert.Equal(slices[0].EndAngle, slices[1].StartAngle, 9);
        Assert.Equal(1, slices.Sum(s => s.Share), 9);
    }

    [Fact]
    public void Zero_parts_get_no_slice_but_keep_their_colour_index()
    {
        var slices = PieGeometry.Slices([new("财政拨款收入", 3618.79m), new("事业收入", 0.00m), new("其他收入", 246.73m)]);

        Assert.Equal(["财政拨款收入", "其他收入"], slices.Select(s => s.Datum.Label));
        Assert.Equal([0, 2], slices.Select(s => s.ColourIndex));
    }

    [Fact]
    public void A_single_part_that_is_the_whole_still_draws_a_ring()
    {
        var slice = Assert.Single(PieGeometry.Slices([new("公务用车运行维护费", 250.21m)]));

        var path = PieGeometry.Path(slice, 100, 100, 80, 40);

        Assert.Equal(360, slice.Sweep, 6);
        Assert.Equal(4, Regex.Matches(path, "A").Count);
        Assert.StartsWith("M100 20A", path, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_point_of_a_slice_path_lies_on_the_outer_or_the_inner_circle()
    {
        var slice = PieGeometry.Slices([new("a", 1m), new("b", 3m)])[1];
        var path = PieGeometry.Path(slice, 100, 100, 80, 40);

        var points = Regex.Matches(path, @"(?:M|L|A[\d.]+ [\d.]+ 0 [01] [01] )(-?[\d.]+) (-?[\d.]+)")
            .Select(m => (X: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Y: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();

        Assert.Equal(6, points.Length);
        Assert.All(points, p =>
        {
            var r = Math.Sqrt(Math.Pow(p.X - 100, 2) + Math.Pow(p.Y - 100, 2));
            Assert.True(Math.Abs(r - 80) < 0.02 || Math.Abs(r - 40) < 0.02, $"({p.X}, {p.Y}) is {r} from the centre");
        });
    }
}
