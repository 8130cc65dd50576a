namespace Portal.Build.Modeling;

/// <summary>An entry of a report's table of contents: a stable anchor and its label.</summary>
public sealed record TocEntry(string Anchor, string Label, IReadOnlyList<TocEntry> Children);
