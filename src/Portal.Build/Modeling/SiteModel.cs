namespace Portal.Build.Modeling;

/// <summary>Model stage output: every page (built as it is read) and every file of the site, in a deterministic order.</summary>
public sealed record SiteModel(PageSequence Pages, IReadOnlyList<StaticFile> Files, string ThemeDirectory, string DefaultThemeDirectory) : IDisposable
{
    /// <summary>Files made from the model as bytes (CSV, JSON, feeds); empty unless a builder adds some.</summary>
    public IReadOnlyList<GeneratedFile> Generated { get; init; } = [];

    /// <summary>The open-data archive and its members (written after the <see cref="PageSequence.Earlier"/> pages, whose departments make its report members, and before the later ones: the data page shows its size); null for none.</summary>
    public GeneratedArchive? Archive { get; init; }

    /// <summary>
    /// What the pages read back as they render (the classification pages' temporary file), released by
    /// <see cref="Dispose"/> once the site is rendered. A copy made with <c>with</c> shares it: only the builder's
    /// caller disposes.
    /// </summary>
    public IReadOnlyList<IDisposable> Owned { get; init; } = [];

    public void Dispose()
    {
        foreach (var owned in Owned)
        {
            owned.Dispose();
        }
    }
}
