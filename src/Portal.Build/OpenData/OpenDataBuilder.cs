using Portal.Build.Modeling;
using Portal.Core.Configuration;
using Portal.Core.Model;

namespace Portal.Build.OpenData;

/// <summary>
/// Open data of the site: per report, each table as CSV and JSON and the whole report as JSON; for the
/// site, every figure in one tidy CSV, <c>datapackage.json</c>, one zip of all of it (with the comparison CSVs and
/// the checks, <paramref name="archivedToo"/>), and the data page that lists everything.
/// </summary>
public static class OpenDataBuilder
{
    public static OpenDataSet Build(SiteConfig config, SiteInfo site, ContentSet content, IReadOnlyList<DepartmentSummary> summaries, IReadOnlyList<GeneratedFile> archivedToo)
    {
        var files = new List<GeneratedFile>();
        var figures = new List<FiguresCsv.Report>();
        var entries = new List<DataReportEntry>();
        var resources = new List<DataPackageBuilder.Resource>();
        foreach (var (entry, summary) in content.Departments.Zip(summaries))
        {
            var department = entry.Department;
            foreach (var report in entry.Reports)
            {
                var origin = new TableOrigin(department.Name, report.Year, report.Unit, report.Source.Title);
                // The bytes are made when written (in parallel with the pages) and for the archive, not held here:
                // a large site's tables do not fit in memory twice. Each file remakes its report's tables (cheap, and
                // cached per thread: a report's files are made one after the other).
                var tables = StandardTableData.From(report);
                for (var t = 0; t < tables.Count; t++)
                {
                    var index = t;
                    var table = tables[t];
                    files.Add(new GeneratedFile(OpenDataPaths.Table(department.Slug, report.Year, table.Id, "csv"), () => CsvFormat.Write(StandardTableData.Cached(report)[index], origin)));
                    files.Add(new GeneratedFile(OpenDataPaths.Table(department.Slug, report.Year, table.Id, "json"), () => TableJson.Write(StandardTableData.Cached(report)[index])));
                    resources.Add(new DataPackageBuilder.Resource(department.Slug, department.Name, report.Year, table));
                }

                figures.Add(new FiguresCsv.Report(department.Slug, origin, tables, report.StatedFigures));
                var reportSummary = summary.Reports.Single(r => r.Year == report.Year);
                var reportJson = OpenDataPaths.ReportJson(department.Slug, report.Year);
                var headline = reportSummary.Headline;
                files.Add(new GeneratedFile(reportJson, () => ReportJson.Write(department, report, headline, StandardTableData.Cached(report))));
                entries.Add(new DataReportEntry(reportSummary, reportJson, [.. tables.Select(t => new DataTableListing(t.Id, t.Code, t.Title, t.Rows.Count))]));
            }
        }

        files.Add(new GeneratedFile(OpenDataPaths.Figures, () => FiguresCsv.Write(figures)));
        var sources = content.Departments.SelectMany(d => d.Reports.Select(r => (d.Department, Report: r))).ToArray();
        files.Add(new GeneratedFile(OpenDataPaths.DataPackage, DataPackageBuilder.Write(config, site.DataUpdated, resources, sources)));
        var archive = DataArchive.Write([.. files, .. archivedToo]);
        files.Add(new GeneratedFile(OpenDataPaths.Archive, archive));

        var page = new DataPage
        {
            Site = site,
            Path = OpenDataPaths.DataPage,
            Title = site.Strings.T("nav.data"),
            Reports = entries,
            ArchiveBytes = archive.LongLength,
        };
        return new OpenDataSet(page, files);
    }
}
