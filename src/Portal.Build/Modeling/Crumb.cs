namespace Portal.Build.Modeling;

/// <summary>One step of a page's breadcrumb trail; <see cref="Path"/> is site-relative.</summary>
public sealed record Crumb(string Label, string Path);
