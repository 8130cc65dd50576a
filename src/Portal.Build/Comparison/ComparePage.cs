using Portal.Build.Charts;
using Portal.Build.Modeling;

namespace Portal.Build.Comparison;

/// <summary>
/// <c>compare/&lt;metric&gt;/</c>: one metric, every department × every year, with its CSV download; past
/// <see cref="Pagination.DefaultSize"/> departments the table goes on over further pages
/// (<c>compare/&lt;metric&gt;/2/</c>), and the CSV (one for all pages) has every department.
/// </summary>
public sealed record ComparePage : PageModel
{
    public override string Template => "pages/Compare";

    public required Metric Metric { get; init; }

    public required IReadOnlyList<int> Years { get; init; }

    public required IReadOnlyList<CompareRow> Rows { get; init; }

    /// <summary>Site-relative path of the metric's CSV, beside its first page.</summary>
    public required string CsvPath { get; init; }

    public ChartView? Chart { get; init; }

    public bool HasPerStaff => Rows.Any(r => r.Cells.Any(c => c.PerStaff is not null));
}
