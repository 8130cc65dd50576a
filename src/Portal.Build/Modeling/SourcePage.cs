namespace Portal.Build.Modeling;

/// <summary>The published source document shown with numbered, linkable lines (<c>#L123</c>).</summary>
public sealed record SourcePage : PageModel
{
    public override string Template => "pages/Source";

    public required ReportSummary Report { get; init; }

    public required IReadOnlyList<string> Lines { get; init; }

    public required string RawFileName { get; init; }

    public required string SourceTitle { get; init; }

    public string? SourceFormat { get; init; }
}
