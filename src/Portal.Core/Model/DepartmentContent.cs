namespace Portal.Core.Model;

/// <summary>A department and its reports, oldest year first.</summary>
public sealed record DepartmentContent(Department Department, IReadOnlyList<Report> Reports);
