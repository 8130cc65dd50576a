using AngleSharp.Html.Parser;
using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Classification;

public sealed class ClassificationPagesTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Every_coded_table_row_links_to_the_page_of_its_code_which_lists_every_department_year()
    {
        using var site = new TempSite()
            .WithReport("ceshi", 2023, SampleReports.WithTables)
            .WithReport("ceshi", 2022, SampleReports.WithTables.Replace("2023", "2022", StringComparison.Ordinal).Replace("922.207", "800.10", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);

        var report = Parser.ParseDocument(site.ReadOutput("ceshi/2023/index.html"));
        var link = report.QuerySelector("#t02-2010301 td.code a")!.GetAttribute("href");
        Assert.Equal("../../classification/function/2010301/", link);

        var page = Parser.ParseDocument(site.ReadOutput("classification/function/2010301/index.html"));
        Assert.Equal("2010301 行政运行", page.QuerySelector("h1")!.TextContent);
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToArray();
        Assert.Equal(["2023年", "2022年"], rows.Select(r => r[0]));
        Assert.Equal(["922.207", "800.10"], rows.Select(r => r[2]));
        Assert.Equal("../../../ceshi/2023/#t02-2010301", page.QuerySelector("tbody tr a")!.GetAttribute("href"));
    }
}
