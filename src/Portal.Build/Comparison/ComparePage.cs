using Portal.Build.Charts;
using Portal.Build.Modeling;

namespace Portal.Build.Comparison;

/// <summary><c>compare/&lt;metric&gt;/</c>: one metric, every department × every year, with its CSV download.</summary>
public sealed record ComparePage : PageModel
{
    public override string Template => "pages/Compare";

    public required Metric Metric { get; init; }

    public required IReadOnlyList<int> Years { get; init; }

    public required IReadOnlyList<CompareRow> Rows { get; init; }

    /// <summary>File name of the CSV beside the page.</summary>
    public required string CsvFile { get; init; }

    public ChartView? Chart { get; init; }

    public bool HasPerStaff => Rows.Any(r => r.Cells.Any(c => c.PerStaff is not null));
}
