namespace Portal.Build.Modeling;

/// <summary>Whether the source published one part of a full disclosure; the site says so plainly.</summary>
public sealed record Availability(string Anchor, string Label, bool Published, string? Detail);
