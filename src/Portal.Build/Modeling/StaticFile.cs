namespace Portal.Build.Modeling;

/// <summary>A file copied into the site as it is (a source document, a theme asset).</summary>
public sealed record StaticFile(string OutputPath, string SourcePath);
