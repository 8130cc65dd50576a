namespace Portal.Build.Modeling;

/// <summary>
/// A headline figure with where it comes from: a table (its number label or title), the report's text (文中所述),
/// or nowhere (not published: <see cref="Value"/> null).
/// </summary>
public sealed record HeadlineFigure(string Label, decimal? Value, string? Origin);
