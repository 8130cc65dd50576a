namespace Portal.Core.Model;

/// <summary>Everything loaded from the content folder: departments in slug order, each with its reports by year.</summary>
public sealed record ContentSet(IReadOnlyList<DepartmentContent> Departments)
{
    /// <summary>The table templates the site can use: Portal's and the site's own, by name.</summary>
    public IReadOnlyList<Templates.TableTemplate> Templates { get; init; } = [];
}
