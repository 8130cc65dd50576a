using System.Globalization;
using System.Text;
using Portal.Build.Charts;
using Portal.Build.Modeling;
using Portal.Build.OpenData;
using Portal.Build.Render;
using Portal.Core.Model;

namespace Portal.Build.Comparison;

/// <summary>Builds the compare index, one compare page per metric that any report publishes, and each page's CSV.</summary>
public static class ComparePagesBuilder
{
    public const string IndexPath = "compare/";

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The first page of a metric's comparison.</summary>
    public static string PagePath(string metricKey) => $"{IndexPath}{metricKey}/";

    /// <summary>
    /// The compare index (made now) and one part per metric that any report publishes: its pages, made when the
    /// renderer reaches them, and its CSV, made when the data archive is written. Both are made from a small summary
    /// of each report (its address, metrics, head count and bar label), never from the content, so neither holds a
    /// report until then (issue 17: the content is let go department by department as the pages are written).
    /// </summary>
    /// <param name="departmentsPerPage">Rows of one compare page; the rest go on further pages.</param>
    public static CompareParts Build(SiteInfo site, ContentSet content, int departmentsPerPage = Pagination.DefaultSize)
    {
        var years = content.Departments.SelectMany(d => d.Reports).Select(r => r.Year).Distinct().Order().ToArray();
        var functionClasses = content.Departments.SelectMany(d => d.Reports).SelectMany(ReportMetrics.FunctionClasses).DistinctBy(m => m.Key).OrderBy(m => m.Key, StringComparer.Ordinal);
        var crumbs = new[] { site.Home, new Crumb(site.Strings.T("nav.compare"), IndexPath) };

        // Each report's metrics, address and bar label, worked out once: again for every metric, they would cost
        // metrics × reports, and every metric's page would hold its own copy of each string.
        var departments = content.Departments.Select(d =>
        {
            var shortName = d.Department.ShortName ?? d.Department.Name;
            return new DepartmentYears(d.Department.Slug, d.Department.Name, SiteModelBuilder.DepartmentPath(d.Department.Slug), [.. years.Select(y =>
                d.Reports.FirstOrDefault(r => r.Year == y) is { } report
                    ? new ReportEntry(SiteModelBuilder.ReportPath(d.Department.Slug, y), ReportMetrics.For(report), report.StatedFigures.Get("staff_actual"), $"{shortName} {site.Strings.T("common.year", y)}")
                    : null)]);
        }).ToArray();

        // Most department-years have no report (a department publishes a few of the site's years): one empty cell per
        // year serves every row, not one per metric and department (at 10,000 reports, ~600,000 cells of 38 MB).
        var noReport = years.Select(y => new CompareCell(y, null, null, null)).ToArray();
        CompareRow[] Rows(Metric metric) => [.. departments.Select(d => new CompareRow(
            d.Slug,
            d.Name,
            d.Path,
            [.. d.Reports.Select((r, i) => r is null ? noReport[i] : new CompareCell(years[i], r.Path, r.Metrics.GetValueOrDefault(metric.Key), r.Staff))]))];

        IReadOnlyList<PageModel> Pages(Metric metric, string csv)
        {
            // Rows in department order: row i is department i's, whose report entries carry the bars' labels.
            var rows = Rows(metric).Zip(departments).ToArray();
            return Pagination.Split(PagePath(metric.Key), rows, departmentsPerPage).Select(part =>
            {
                var bars = part.Items.SelectMany((r, i) => r.First.Cells
                    .Select((cell, year) => (Cell: cell, Report: r.Second.Reports[year]))
                    .Where(c => c.Cell.Value is not null)
                    .Select(c => new ChartDatum(c.Report!.Label, c.Cell.Value!.Value, i) { Series = r.First.Slug })).ToArray();
                return (PageModel)new ComparePage
                {
                    Site = site,
                    Path = part.Page.Path,
                    Title = part.Page.Title(metric.Label, site.Strings),
                    Breadcrumbs = crumbs,
                    Pagination = part.Page.WhenSplit,
                    Metric = metric,
                    Years = years,
                    Rows = [.. part.Items.Select(r => r.First)],
                    CsvPath = csv,
                    Chart = bars.Length == 0 ? null : ChartView.Bar($"compare-{metric.Key}", string.Empty, metric.Label, bars),
                };
            }).ToArray();
        }

        var parts = new List<CompareParts.Part>();
        var files = new List<GeneratedFile>();
        CompareLink[] Links(IEnumerable<Metric> metrics)
        {
            var links = new List<CompareLink>();
            foreach (var metric in metrics.Where(m => departments.Any(d => d.Reports.Any(r => r?.Metrics.ContainsKey(m.Key) == true))))
            {
                var first = PagePath(metric.Key);
                var csv = $"{first}{metric.Key}.csv";
                files.Add(new GeneratedFile(csv, () => Csv(site, metric, Rows(metric))));
                parts.Add(new CompareParts.Part(Pagination.PathsOf(first, departments.Length, departmentsPerPage), () => Pages(metric, csv)));
                links.Add(new CompareLink(metric, first, csv));
            }

            return [.. links];
        }

        var figures = Links(Metric.Figures.Select(m => m with { Label = site.Strings.Figure(m.Key, m.Label) }));
        var classes = Links(functionClasses);
        var index = new CompareIndexPage
        {
            Site = site,
            Path = IndexPath,
            Title = site.Strings.T("compare.index_title"),
            Breadcrumbs = [site.Home],
            Figures = figures,
            FunctionClasses = classes,
        };
        return new CompareParts(index, parts, files);
    }

    /// <summary>A department's row of every compare table: one entry per year of the site, null where it has no report.</summary>
    private sealed record DepartmentYears(string Slug, string Name, string Path, ReportEntry?[] Reports);

    /// <summary>What a compare table shows of one report.</summary>
    private sealed record ReportEntry(string Path, IReadOnlyDictionary<string, MetricValue> Metrics, decimal? Staff, string Label);

    /// <summary>One line per department-year that has a report, UTF-8 with a BOM so spreadsheet programs read the Chinese.</summary>
    public static byte[] Csv(SiteInfo site, Metric metric, IReadOnlyList<CompareRow> rows)
    {
        var csv = new StringBuilder();
        var ui = site.Strings;
        string[] header = ["department", "slug", "year", "figure", "value", "origin", "staff", "per_staff"];
        csv.Append(string.Join(',', header.Select(h => CsvFormat.Field(ui.T("compare.csv." + h))))).Append("\r\n");
        foreach (var row in rows)
        {
            foreach (var cell in row.Cells.Where(c => c.ReportPath is not null))
            {
                string[] fields =
                [
                    row.DepartmentName, row.Slug, cell.Year.ToString(CultureInfo.InvariantCulture), metric.Label,
                    cell.Value is null ? string.Empty : AmountFormat.Amount(cell.Value.Value), cell.Value is null ? ui.T("headline.not_published") : ui.Origin(cell.Value.Origin),
                    AmountFormat.Plain(cell.Staff), AmountFormat.Amount(cell.PerStaff),
                ];
                csv.Append(string.Join(',', fields.Select(CsvFormat.Field))).Append("\r\n");
            }
        }

        return Utf8WithBom.GetPreamble().Concat(Utf8WithBom.GetBytes(csv.ToString())).ToArray();
    }
}
