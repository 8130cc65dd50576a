using Portal.Build.Load;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Load;

public sealed class StatedPreviousYearTests
{
    private static (Core.Model.ContentSet Content, IReadOnlyList<Diagnostic> Diagnostics) Load(string statedFigures)
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables + "\n" + statedFigures);
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(site.Content, diagnostics);
        return (content, diagnostics.Items);
    }

    [Fact]
    public void Previous_year_statements_load_with_their_printed_decimals_and_source_line()
    {
        var (content, diagnostics) = Load("""
            stated_figures:
              previous_year:
                - {key: grand_total, change: -854.56, change_percent: -18.10, source_line: 1908}
                - {key: sangong_overseas, change: 0}
                - {key: sangong_total, previous: 610.31}
            """);

        Assert.Empty(diagnostics);
        var changes = content.Departments[0].Reports[0].StatedFigures.PreviousYear;
        Assert.Equal(3, changes.Count);
        Assert.Equal(-854.56m, changes[0].Change);
        Assert.Equal("-18.10", changes[0].ChangePercent!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1908, changes[0].SourceLine);
        Assert.Equal(0m, changes[1].Change);
        Assert.Equal(610.31m, changes[2].Previous);
    }

    [Fact]
    public void An_unknown_figure_key_is_an_error_naming_the_known_keys()
    {
        var (_, diagnostics) = Load("stated_figures:\n  previous_year:\n    - {key: grand_totl, change: 1}\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal("stated_figures.previous_year[0].key", error.FieldPath);
        Assert.Contains("grand_total", error.Message);
        Assert.True(error.Location!.Line > 1);
    }

    [Fact]
    public void A_statement_without_any_figure_is_an_error()
    {
        var (_, diagnostics) = Load("stated_figures:\n  previous_year:\n    - {key: grand_total, source_line: 3}\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal("stated_figures.previous_year[0]", error.FieldPath);
        Assert.Contains("previous, change, change_percent", error.Message);
    }

    [Fact]
    public void A_change_written_with_a_thousands_separator_is_an_error_with_a_hint()
    {
        var (_, diagnostics) = Load("stated_figures:\n  previous_year:\n    - {key: grand_total, change: '1,000.55'}\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal("stated_figures.previous_year[0].change", error.FieldPath);
        Assert.Contains("里不要写千位分隔符", error.Message);
    }
}
