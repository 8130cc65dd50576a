using Portal.Build.Modeling;
using Portal.Core.Model;

namespace Portal.Build.OpenData;

/// <summary>
/// Everything a report holds as one JSON document: the department, the report as loaded (tables,
/// narrative, 绩效, glossary), its headline figures and its tables flattened as in the CSV files.
/// </summary>
public static class ReportJson
{
    public static byte[] Write(Department department, Report report, Headline headline, IReadOnlyList<DataTable> tables) =>
        OpenDataJson.Serialize(new
        {
            Department = department,
            Report = report,
            Headline = headline.All,
            Tables = tables.Select(TableJson.Shape),
        });
}
