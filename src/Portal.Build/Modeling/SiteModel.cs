namespace Portal.Build.Modeling;

/// <summary>Model stage output: every page (built as it is read) and every file of the site, in a deterministic order.</summary>
public sealed record SiteModel(PageSequence Pages, IReadOnlyList<StaticFile> Files, string ThemeDirectory, string DefaultThemeDirectory)
{
    /// <summary>Files made from the model as bytes (CSV, JSON, feeds); empty unless a builder adds some.</summary>
    public IReadOnlyList<GeneratedFile> Generated { get; init; } = [];

    /// <summary>The open-data archive and its members (written before the pages: the data page shows its size); null for none.</summary>
    public GeneratedArchive? Archive { get; init; }
}
