using AngleSharp.Html.Parser;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Charts;

public sealed class ReportChartsTests
{
    [Theory]
    [InlineData("previous: 90.25", "2022年（本报告所述）", "90.25")]
    [InlineData("change: 10.25", "2022年（按本报告所述增减）", "90.25")]
    public void Figure_1_without_a_previous_report_is_drawn_from_what_the_text_states_and_labelled_so(string stated, string label, string value)
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables + $"\nstated_figures:\n  previous_year:\n    - {{key: grand_total, {stated}, source_line: 2}}\n");
        Assert.True(site.Build().Succeeded);

        var figure = new HtmlParser().ParseDocument(site.ReadOutput("ceshi/2023/index.html")).QuerySelector("#fig1-figure")!;

        Assert.Equal([label, "2023年"], figure.QuerySelectorAll("svg.chart-wide text.label").Select(t => t.TextContent));
        Assert.Equal([value, "100.50"], figure.QuerySelectorAll("svg.chart-wide text.value").Select(t => t.TextContent));
        Assert.Equal([label, "2023年"], figure.QuerySelectorAll(".chart-data tbody th").Select(t => t.TextContent));
    }

    [Fact]
    public void Figure_1_is_not_drawn_when_the_text_states_only_a_percentage()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables + "\nstated_figures:\n  previous_year:\n    - {key: grand_total, change_percent: -3.5, source_line: 2}\n");
        Assert.True(site.Build().Succeeded);

        var page = new HtmlParser().ParseDocument(site.ReadOutput("ceshi/2023/index.html"));

        Assert.Null(page.QuerySelector("#fig1-figure"));
        Assert.NotNull(page.QuerySelector("#fig7-figure"));
    }
}
