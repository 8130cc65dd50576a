namespace Portal.Build.Modeling;

/// <summary>The home page: every department with its years and headline figures.</summary>
public sealed record HomePage : PageModel
{
    public override string Template => "pages/Home";

    public required IReadOnlyList<DepartmentSummary> Departments { get; init; }

    public int ReportCount => Departments.Sum(d => d.Reports.Count);
}
