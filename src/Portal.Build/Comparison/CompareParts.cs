using Portal.Build.Modeling;

namespace Portal.Build.Comparison;

/// <summary>The compare index, each metric's pages (made when the renderer reaches them) and each metric's CSV.</summary>
public sealed record CompareParts(CompareIndexPage Index, IReadOnlyList<CompareParts.Part> Metrics, IReadOnlyList<GeneratedFile> Files)
{
    /// <summary>One metric's pages: their <paramref name="Addresses"/>, in order, and how to make them.</summary>
    public sealed record Part(IReadOnlyList<string> Addresses, Func<IReadOnlyList<PageModel>> Build);
}
