namespace Portal.Build.Modeling;

/// <summary>
/// A file the model stage produces as bytes rather than through a template: data downloads (CSV, JSON),
/// feeds, indexes. Written as it is, after the pages and before the copied files.
/// </summary>
public sealed record GeneratedFile(string OutputPath, byte[] Content);
