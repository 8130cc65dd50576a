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

    /// <param name="departmentsPerPage">Rows of one compare page; the rest go on further pages.</param>
    public static (IReadOnlyList<PageModel> Pages, IReadOnlyList<GeneratedFile> Files) Build(SiteInfo site, ContentSet content, int departmentsPerPage = Pagination.DefaultSize)
    {
        var reports = content.Departments.SelectMany(d => d.Reports.Select(r => (d.Department, Report: r, Metrics: ReportMetrics.For(r)))).ToArray();
        var years = reports.Select(r => r.Report.Year).Distinct().Order().ToArray();
        var functionClasses = reports.SelectMany(r => ReportMetrics.FunctionClasses(r.Report)).DistinctBy(m => m.Key).OrderBy(m => m.Key, StringComparer.Ordinal);
        var crumbs = new[] { site.Home, new Crumb(site.Strings.T("nav.compare"), IndexPath) };

        // Each report's metrics and each department's short name, looked up per page: worked out again for every
        // metric and found by a search through the departments, they cost metrics × reports × departments.
        var metricsOf = new Dictionary<Report, IReadOnlyDictionary<string, MetricValue>>(ReferenceEqualityComparer.Instance);
        // A report's address and its bars' label are the same on every metric's page: one string each, not one per
        // metric (some twenty copies of each at 10,000 reports, ~30 MB held until the compare pages are written).
        var pathOf = new Dictionary<Report, string>(ReferenceEqualityComparer.Instance);
        var labelOf = new Dictionary<(string Slug, int Year), string>();
        foreach (var (department, report, metrics) in reports)
        {
            metricsOf[report] = metrics;
            pathOf[report] = SiteModelBuilder.ReportPath(department.Slug, report.Year);
        }

        var shortNames = content.Departments.Select(d => d.Department).DistinctBy(d => d.Slug).ToDictionary(d => d.Slug, d => d.ShortName ?? d.Name, StringComparer.Ordinal);

        // Most department-years have no report (a department publishes a few of the site's years): one empty cell per
        // year serves every row, not one per metric and department (at 10,000 reports, ~600,000 cells of 38 MB).
        var noReport = years.ToDictionary(y => y, y => new CompareCell(y, null, null, null));
        var files = new List<GeneratedFile>();
        string Label(string slug, int year)
        {
            if (!labelOf.TryGetValue((slug, year), out var label))
            {
                label = $"{shortNames[slug]} {site.Strings.T("common.year", year)}";
                labelOf[(slug, year)] = label;
            }

            return label;
        }

        IReadOnlyList<ComparePage> Pages(Metric metric)
        {
            if (!reports.Any(r => r.Metrics.ContainsKey(metric.Key)))
            {
                return [];
            }

            var rows = content.Departments.Select(d => new CompareRow(
                    d.Department.Slug,
                    d.Department.Name,
                    SiteModelBuilder.DepartmentPath(d.Department.Slug),
                    years.Select(y => d.Reports.FirstOrDefault(r => r.Year == y) is { } report
                            ? new CompareCell(y, pathOf[report], metricsOf[report].GetValueOrDefault(metric.Key), report.StatedFigures.Get("staff_actual"))
                            : noReport[y])
                        .ToArray()))
                .ToArray();
            var first = PagePath(metric.Key);
            var csv = $"{first}{metric.Key}.csv";
            files.Add(new GeneratedFile(csv, () => Csv(site, metric, rows)));
            return Pagination.Split(first, rows, departmentsPerPage).Select(part =>
            {
                var bars = part.Items.SelectMany((r, i) => r.Cells.Where(c => c.Value is not null).Select(c => new ChartDatum(Label(r.Slug, c.Year), c.Value!.Value, i) { Series = r.Slug })).ToArray();
                return new ComparePage
                {
                    Site = site,
                    Path = part.Page.Path,
                    Title = part.Page.Title(metric.Label, site.Strings),
                    Breadcrumbs = crumbs,
                    Pagination = part.Page.WhenSplit,
                    Metric = metric,
                    Years = years,
                    Rows = part.Items,
                    CsvPath = csv,
                    Chart = bars.Length == 0 ? null : ChartView.Bar($"compare-{metric.Key}", string.Empty, metric.Label, bars),
                };
            }).ToArray();
        }

        var figures = Metric.Figures.Select(m => m with { Label = site.Strings.Figure(m.Key, m.Label) }).Select(Pages).Where(p => p.Count > 0).ToArray();
        var classes = functionClasses.Select(Pages).Where(p => p.Count > 0).ToArray();
        var index = new CompareIndexPage
        {
            Site = site,
            Path = IndexPath,
            Title = site.Strings.T("compare.index_title"),
            Breadcrumbs = [site.Home],
            Figures = [.. figures.Select(p => p[0])],
            FunctionClasses = [.. classes.Select(p => p[0])],
        };
        return ([index, .. figures.SelectMany(p => p), .. classes.SelectMany(p => p)], files);
    }

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
