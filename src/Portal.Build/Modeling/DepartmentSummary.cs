using Portal.Core.Model;

namespace Portal.Build.Modeling;

/// <summary>A department with its reports, newest first.</summary>
public sealed record DepartmentSummary(Department Department, string Path, IReadOnlyList<ReportSummary> Reports)
{
    public string Region => string.Concat(Department.Province, Department.City, Department.District);
}
