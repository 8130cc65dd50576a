using Portal.Build.Charts;

namespace Portal.Build.Tests.Charts;

public sealed class ChartLabelTests
{
    [Fact]
    public void A_short_label_stays_on_one_line()
    {
        Assert.Equal(["基本支出"], ChartLabel.Fit("基本支出", 11, 2));
    }

    [Fact]
    public void A_long_label_wraps_and_breaks_at_a_space_before_a_year()
    {
        Assert.Equal(["攀枝花市机关事务服务中心", "2022年"], ChartLabel.Fit("攀枝花市机关事务服务中心 2022年", 12, 2));
    }

    [Fact]
    public void A_label_too_long_for_its_lines_is_cut_with_an_ellipsis()
    {
        var lines = ChartLabel.Fit("政府办公厅（室）及相关机构事务其他政府办公厅（室）及相关机构事务支出", 10, 2);

        Assert.Equal(2, lines.Count);
        Assert.True(ChartLabel.IsCut(lines));
        Assert.All(lines, l => Assert.True(ChartLabel.Width(l) <= 10, l));
    }

    [Fact]
    public void Closing_punctuation_stays_on_the_line_it_closes()
    {
        var lines = ChartLabel.Fit("2022年（按本报告所述增减）", 12.3, 2);

        Assert.Equal(["2022年（按本报告所述增减）"], lines);
    }

    [Fact]
    public void A_label_cut_short_keeps_its_last_word()
    {
        var lines = ChartLabel.Fit("攀枝花市机关事务服务中心 2022年", 7.8, 2);

        Assert.Equal(["攀枝花市机关…", "2022年"], lines);
        Assert.True(ChartLabel.IsCut(lines));
    }
}
