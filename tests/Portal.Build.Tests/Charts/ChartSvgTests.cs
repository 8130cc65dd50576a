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
}
