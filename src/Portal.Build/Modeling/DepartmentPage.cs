using Portal.Build.Charts;

namespace Portal.Build.Modeling;

/// <summary>A department's page: its profile (from its newest report that has one) and every published year.</summary>
public sealed record DepartmentPage : PageModel
{
    public override string Template => "pages/Department";

    public required DepartmentSummary Summary { get; init; }

    /// <summary>The year the profile is taken from, or null when no report has a 部门概况.</summary>
    public int? ProfileYear { get; init; }

    public IReadOnlyList<SectionView> Profile { get; init; } = [];

    /// <summary>Staff figures stated by the newest report that states them (编制/实有/离退休).</summary>
    public IReadOnlyList<HeadlineFigure> Staffing { get; init; } = [];

    public int? StaffingYear { get; init; }

    /// <summary>Multi-year trends of the headline figures; empty when fewer than two years are published.</summary>
    public IReadOnlyList<ChartView> Trends { get; init; } = [];
}
