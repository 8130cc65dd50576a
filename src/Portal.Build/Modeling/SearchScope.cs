using System.Globalization;
using Portal.Build.Render;

namespace Portal.Build.Modeling;

/// <summary>
/// What the layout tells the search index about a page, as attributes of its main element: whether to
/// leave it out (the line-numbered source transcripts repeat the report; the search page itself), and
/// the department and year a reader can filter results by. Attribute names: see Search/PageTextExtractor.
/// </summary>
public sealed record SearchScope(bool Skip, string? Department, int? Year)
{
    public static SearchScope Of(PageModel page) => page switch
    {
        ReportPage report => new(false, report.Department.Name, report.Report.Year),
        DepartmentPage department => new(false, department.Summary.Department.Name, null),
        SourcePage or SearchPage => new(true, null, null),
        _ => new(false, null, null),
    };

    /// <summary>The attributes as HTML, each with its leading space; empty for a page with no facets.</summary>
    public string Attributes =>
        (Skip ? " data-search-skip" : string.Empty)
        + (Department is null ? string.Empty : $" data-department=\"{TextFormat.Encoder.Encode(Department)}\"")
        + (Year is null ? string.Empty : $" data-year=\"{Year.Value.ToString(CultureInfo.InvariantCulture)}\"");
}
