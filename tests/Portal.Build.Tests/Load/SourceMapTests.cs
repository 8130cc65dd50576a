using Portal.Build.Load;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Load;

public sealed class SourceMapTests
{
    [Fact]
    public void A_loaded_report_still_finds_the_exact_line_and_column_of_a_cell()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        var report = ContentLoader.Load(site.Content, new DiagnosticBag()).Departments.Single().Reports.Single();
        var lines = File.ReadAllLines(Path.Combine(site.Content, "ceshi", "2023.yml"));

        var location = report.SourceMap.Find("tables.t02.rows[1][3]");

        Assert.EndsWith("2023.yml", location.File);
        Assert.Equal("- [\"201\", 一般公共服务支出, 100.50, 100.50, 0.00, 0.00, 0.00, 0.00, 0.00]", lines[location.Line - 1].Trim());
        Assert.Equal("100.50, 0.00", lines[location.Line - 1][(location.Column - 1)..(location.Column + 11)]);
    }

    [Fact]
    public void A_deferred_map_reads_its_file_once_on_the_first_lookup_and_not_before()
    {
        var replays = 0;
        var map = SourceMap.Deferred("a.yml", replay =>
        {
            replays++;
            replay.Record("title", 1, 8);
        });
        map.Record("ignored", 9, 9);
        Assert.Equal(0, replays);

        Assert.Equal(new SourceLocation("a.yml", 1, 8), map.Find("title"));
        Assert.Equal(new SourceLocation("a.yml", 1, 1), map.Find("ignored"));
        Assert.Equal(1, replays);
    }
}
