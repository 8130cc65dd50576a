using Portal.Build.OpenData;

namespace Portal.Build.Modeling;

/// <summary>One report's row on the data page: its page, its full JSON and its tables' files.</summary>
public sealed record DataReportEntry(ReportSummary Report, string ReportJsonPath, IReadOnlyList<DataTableListing> Tables)
{
    public string TablePath(DataTableListing table, string extension) =>
        OpenDataPaths.Table(Report.DepartmentSlug, Report.Year, table.Id, extension);
}
