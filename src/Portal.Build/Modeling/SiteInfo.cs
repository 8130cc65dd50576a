namespace Portal.Build.Modeling;

/// <summary>What every page needs to know about the site.</summary>
public sealed record SiteInfo(string Title, string? Description, string Language, string BaseUrl);
