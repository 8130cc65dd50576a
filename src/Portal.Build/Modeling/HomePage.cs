namespace Portal.Build.Modeling;

/// <summary>
/// The home page: every department with its years and headline figures, <see cref="Pagination.DefaultSize"/> a page
/// (the rest at <see cref="MorePages"/>2/ …): a page of every department was 0.4 MB at 1,000 reports.
/// </summary>
public sealed record HomePage : PageModel
{
    /// <summary>Where the home page's pages after the first are.</summary>
    public const string MorePages = "departments/";

    public override string Template => "pages/Home";

    /// <summary>The departments on this page.</summary>
    public required IReadOnlyList<DepartmentSummary> Departments { get; init; }

    /// <summary>Departments of the whole site.</summary>
    public required int DepartmentCount { get; init; }

    /// <summary>Reports of the whole site.</summary>
    public required int ReportCount { get; init; }
}
