using Portal.Build.Modeling;
using Portal.Core.Configuration;
using Portal.Core.Model;

namespace Portal.Build.OpenData;

/// <summary>
/// Open data of the site: per report, each table as CSV and JSON and the whole report as JSON; for the
/// site, every figure in one tidy CSV, <c>datapackage.json</c>, one zip of all of it (with the comparison CSVs and
/// the checks, <c>archivedToo</c>), and the data page that lists everything.
/// </summary>
public static class OpenDataBuilder
{
    /// <param name="data">Each report's data, in the content's order (its department makes it as it builds its pages).</param>
    /// <param name="reportsPerPage">Reports listed on one data page; the rest go on further pages.</param>
    internal static OpenDataSet Build(SiteConfig config, SiteInfo site, ContentSet content, IReadOnlyList<DepartmentSummary> summaries, IReadOnlyList<ReportData> data, IReadOnlyList<GeneratedFile> archivedToo, int reportsPerPage = Pagination.DefaultSize)
    {
        var groups = new List<GeneratedGroup>();
        var entries = new List<DataReportEntry>();
        var resources = new List<DataPackageBuilder.Resource>();
        var sources = new List<DataPackageBuilder.Source>();
        // Every report of a template has the same columns in each table: kept once, not once per report (at 10,000
        // reports, 570,000 columns of 32 MB held until datapackage.json is written).
        var shapes = new Dictionary<IReadOnlyList<DataColumn>, IReadOnlyList<DataColumn>>(ColumnsComparer.Instance);
        IReadOnlyList<DataColumn> Shared(IReadOnlyList<DataColumn> columns) =>
            shapes.TryGetValue(columns, out var shared) ? shared : shapes[columns] = columns;
        var next = 0;
        foreach (var (entry, summary) in content.Departments.Zip(summaries))
        {
            var department = entry.Department;
            foreach (var report in entry.Reports)
            {
                // Only the tables' shapes and sizes are kept here: the files are made once, by the report's data.
                var tables = StandardTableData.From(report);
                resources.AddRange(tables.Select(table => new DataPackageBuilder.Resource(department.Slug, department.Name, report.Year, table with { Columns = Shared(table.Columns), Rows = [] })));
                sources.Add(DataPackageBuilder.Source.Of(department, report));
                var reportData = data[next++];
                groups.Add(new GeneratedGroup(reportData.Folder, reportData.Files));
                var reportSummary = summary.Reports.Single(r => r.Year == report.Year);
                entries.Add(new DataReportEntry(reportSummary, OpenDataPaths.ReportJson(department.Slug, report.Year), [.. tables.Select(t => new DataTableListing(t.Id, t.Code, t.Title, t.Rows.Count))]));
            }
        }

        if (next != data.Count)
        {
            throw new ArgumentException($"{data.Count} reports' data for {next} reports", nameof(data));
        }

        // The two files that grow with every table of the site are written as they are made, never held whole.
        groups.Add(GeneratedGroup.Streamed(OpenDataPaths.Figures, stream => FiguresCsv.Write(stream, data, Environment.ProcessorCount)));
        groups.Add(GeneratedGroup.Streamed(OpenDataPaths.DataPackage, stream => DataPackageBuilder.Write(stream, config, site.DataUpdated, resources, sources)));
        groups.AddRange(archivedToo.Select(file => new GeneratedGroup(file.OutputPath, () => [(file.OutputPath, file.Content)])));
        var archive = new GeneratedArchive(OpenDataPaths.Archive, groups);

        var tableCount = entries.Sum(e => e.Tables.Count);
        var pages = Pagination.Split(OpenDataPaths.DataPage, entries, reportsPerPage).Select(part => new DataPage
        {
            Site = site,
            Path = part.Page.Path,
            Title = part.Page.Title(site.Strings.T("nav.data"), site.Strings),
            Pagination = part.Page.WhenSplit,
            Reports = part.Items,
            ReportCount = entries.Count,
            TableCount = tableCount,
            Archive = archive,
        }).ToArray();
        return new OpenDataSet(pages, archive);
    }

    /// <summary>A report's data files, sorted by path: each table as CSV (with its origin columns) and JSON, and the whole report as JSON.</summary>
    internal static IReadOnlyList<(string Path, byte[] Content)> ReportFiles(Department department, Report report, Headline headline, TableOrigin origin, IReadOnlyList<DataTable> tables)
    {
        var files = new List<(string Path, byte[] Content)>();
        foreach (var table in tables)
        {
            files.Add((OpenDataPaths.Table(department.Slug, report.Year, table.Id, "csv"), CsvFormat.Write(table, origin)));
            files.Add((OpenDataPaths.Table(department.Slug, report.Year, table.Id, "json"), TableJson.Write(table)));
        }

        files.Add((OpenDataPaths.ReportJson(department.Slug, report.Year), ReportJson.Write(department, report, headline, tables)));
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    /// <summary>Columns alike column by column (a <see cref="DataColumn"/> is a record: alike field by field).</summary>
    private sealed class ColumnsComparer : IEqualityComparer<IReadOnlyList<DataColumn>>
    {
        public static readonly ColumnsComparer Instance = new();

        public bool Equals(IReadOnlyList<DataColumn>? x, IReadOnlyList<DataColumn>? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.SequenceEqual(y));

        public int GetHashCode(IReadOnlyList<DataColumn> columns)
        {
            var hash = new HashCode();
            foreach (var column in columns)
            {
                hash.Add(column);
            }

            return hash.ToHashCode();
        }
    }
}
