using Portal.Build.OpenData;
using Portal.Core.Model.Tables;

namespace Portal.Build.Modeling;

/// <summary>What the table heading partial receives; <see cref="TableId"/> (the form id) names the table's data files.</summary>
public sealed record TableInfoContext(ReportPage Page, TableInfo Info, string? TableId = null)
{
    /// <summary>Link from the report page to this table's CSV or JSON file.</summary>
    public string DataUrl(string extension) =>
        Page.Url(OpenDataPaths.Table(Page.Department.Slug, Page.Report.Year, TableId ?? throw new InvalidOperationException("no table id"), extension));
}
