using AngleSharp.Html.Parser;
using Portal.Build.Charts;

namespace Portal.Build.Tests.Charts;

public sealed class ChartSvgTests
{
    private static readonly HtmlParser Parser = new();

    private static AngleSharp.Dom.IElement Svg(string markup) =>
        Parser.ParseDocument($"<body>{markup}</body>").QuerySelector("svg")!;

    [Fact]
    public void A_chart_is_an_image_named_by_its_title_and_described_by_its_data()
    {
        var chart = ChartView.Bar("fig1", "图1", "收、支决算总计变动情况", [new("2021年", 2472.74m), new("2022年", 2090.75m)]);

        var svg = Svg(chart.Svg);

        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("fig1-title", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("fig1-desc", svg.GetAttribute("aria-describedby"));
        Assert.Equal("图1 收、支决算总计变动情况", svg.QuerySelector("#fig1-title")!.TextContent);
        Assert.Equal("2021年 2472.74万元；2022年 2090.75万元", svg.QuerySelector("#fig1-desc")!.TextContent);
    }

    [Fact]
    public void Bars_are_drawn_in_proportion_and_labelled_with_their_values()
    {
        var chart = ChartView.Bar("b", string.Empty, "x", [new("a", 100m), new("b", 25m)]);

        var rects = Svg(chart.Svg).QuerySelectorAll("rect").Select(r => double.Parse(r.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal(4, rects[0] / rects[1], 2);
        Assert.Contains("25.00", Svg(chart.Svg).TextContent);
    }

    [Fact]
    public void A_cut_label_carries_its_full_name_as_a_tooltip()
    {
        const string name = "政府办公厅（室）及相关机构事务其他政府办公厅（室）及相关机构事务支出";
        var chart = ChartView.Pie("p", "图6", "结构", [new(name, 10m), new("行政运行", 20m)]);

        var tooltips = Svg(chart.Svg).QuerySelectorAll("text > title").Select(t => t.TextContent);

        Assert.Contains(name, tooltips);
    }

    [Fact]
    public void Text_in_a_chart_is_escaped()
    {
        var chart = ChartView.Bar("e", string.Empty, "<script>", [new("<b>&", 1m)]);

        Assert.DoesNotContain("<script>", chart.Svg);
        Assert.DoesNotContain("<b>", chart.Svg);
        Assert.Contains("&lt;b&gt;&amp;", chart.Svg);
    }

    [Fact]
    public void Colours_come_from_the_colour_blind_safe_palette()
    {
        var chart = ChartView.Pie("p", string.Empty, "x", [new("a", 1m), new("b", 2m), new("c", 3m)]);

        var fills = Svg(chart.Svg).QuerySelectorAll("path, rect").Select(e => e.GetAttribute("fill")).Distinct();

        Assert.All(fills, f => Assert.Contains(f, ChartPalette.Colours));
    }

    [Fact]
    public void A_donut_legend_leaves_out_the_parts_of_zero_which_the_data_table_still_lists()
    {
        var chart = ChartView.Pie("fig2", "图2", "收入决算结构", [new("财政拨款收入", 3618.79m), new("上级补助收入", 0m), new("事业收入", 0m), new("其他收入", 246.73m)]);

        foreach (var markup in new[] { chart.Svg, chart.NarrowSvg })
        {
            var svg = Svg(markup);
            Assert.Equal(["财政拨款收入", "其他收入"], svg.QuerySelectorAll("text.label").Select(t => t.TextContent));
            Assert.Equal(["3618.79（93.6%）", "246.73（6.4%）"], svg.QuerySelectorAll("text.value").Select(t => t.TextContent));
            Assert.Equal(2, svg.QuerySelectorAll("path").Length);
        }

        Assert.Equal(4, chart.Data.Count);
    }

    [Fact]
    public void Every_chart_has_a_narrow_drawing_for_phones_with_its_own_ids_and_the_legend_below()
    {
        var pie = ChartView.Pie("fig3", "图3", "支出决算结构", [new("基本支出", 2185.85m), new("项目支出", 1679.67m)]);
        var line = ChartView.Line("trend", string.Empty, "收支", ["2021年", "2022年"], [new("收支总计", [2472.74m, 2090.75m]), new("本年支出合计", [2472.74m, 2090.75m])]);

        var narrow = Svg(pie.NarrowSvg);
        Assert.Equal("fig3-narrow", narrow.Id);
        Assert.Equal("fig3-narrow-title", narrow.GetAttribute("aria-labelledby"));
        Assert.Equal("0 0 340", string.Join(' ', narrow.GetAttribute("viewBox")!.Split(' ').Take(3)));
        Assert.Contains("chart-narrow", narrow.ClassName);
        Assert.Contains("chart-wide", Svg(pie.Svg).ClassName);
        var donutBottom = 2 * 105 + 10;
        Assert.All(narrow.QuerySelectorAll("text.label"), t => Assert.True(double.Parse(t.GetAttribute("y")!, System.Globalization.CultureInfo.InvariantCulture) > donutBottom));
        Assert.Equal("trend-narrow", Svg(line.NarrowSvg).Id);
    }

    [Fact]
    public void Lines_that_coincide_are_drawn_each_narrower_than_the_one_below()
    {
        var chart = ChartView.Line("t", string.Empty, "收支", ["2021年", "2022年"], [new("收支总计", [2472.74m, 2090.75m]), new("本年支出合计", [2472.74m, 2090.75m])]);

        var polylines = Svg(chart.Svg).QuerySelectorAll("polyline").ToArray();

        Assert.Equal(2, polylines.Length);
        Assert.Equal(polylines[0].GetAttribute("points"), polylines[1].GetAttribute("points"));
        Assert.True(double.Parse(polylines[0].GetAttribute("stroke-width")!, System.Globalization.CultureInfo.InvariantCulture)
            > double.Parse(polylines[1].GetAttribute("stroke-width")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_compare_bar_carries_its_department_so_the_page_can_hide_it()
    {
        var chart = ChartView.Bar("c", string.Empty, "x", [new ChartDatum("怀化 2023年", 1m) { Series = "huaihua" }, new ChartDatum("攀枝花 2022年", 2m) { Series = "panzhihua" }]);

        var groups = Svg(chart.Svg).QuerySelectorAll("g[data-series]").Select(g => (g.GetAttribute("data-series"), g.GetAttribute("data-row"))).ToArray();

        Assert.Equal([("huaihua", "0"), ("panzhihua", "1")], groups);
    }
}
