using Portal.Core.Model;

namespace Portal.Build.Modeling;

/// <summary>Builds a department's page from its reports.</summary>
internal static class DepartmentPageBuilder
{
    private static readonly string[] StaffKeys = ["staff_authorized", "staff_actual", "staff_retired"];

    public static DepartmentPage Build(SiteInfo site, DepartmentContent entry, DepartmentSummary summary)
    {
        var newestWithProfile = entry.Reports.Where(r => r.Overview is { Sections.Count: > 0 }).MaxBy(r => r.Year);
        var profile = newestWithProfile is null
            ? []
            : DocumentViewBuilder.Build(newestWithProfile.Overview!, "profile", new AnchorAllocator(), 2, "overview", FindingMarks.None).Sections;

        var newestWithStaff = entry.Reports.Where(r => StaffKeys.Any(k => r.StatedFigures.Get(k) is not null)).MaxBy(r => r.Year);
        var staffing = newestWithStaff is null
            ? []
            : StaffKeys
                .Where(k => newestWithStaff.StatedFigures.Get(k) is not null)
                .Select(k => new HeadlineFigure(site.Strings.Figure(k, StatedFigureKey.Find(k)!.Label), newestWithStaff.StatedFigures.Get(k), HeadlineCalculator.StatedOrigin))
                .ToArray();

        return new DepartmentPage
        {
            Site = site,
            Path = summary.Path,
            Title = entry.Department.Name,
            Breadcrumbs = [site.Home],
            Summary = summary,
            ProfileYear = newestWithProfile?.Year,
            Profile = profile,
            Staffing = staffing,
            StaffingYear = newestWithStaff?.Year,
        };
    }
}
