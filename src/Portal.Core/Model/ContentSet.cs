namespace Portal.Core.Model;

/// <summary>Everything loaded from the content folder: departments in slug order, each with its reports by year.</summary>
public sealed record ContentSet(IReadOnlyList<DepartmentContent> Departments);
