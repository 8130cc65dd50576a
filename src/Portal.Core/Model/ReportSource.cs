namespace Portal.Core.Model;

/// <summary>The published document a report was transcribed from; the site publishes it alongside.</summary>
public sealed record ReportSource
{
    public required string Title { get; init; }

    /// <summary>Path relative to the department folder, e.g. <c>sources/2023.txt</c>.</summary>
    public required string File { get; init; }

    public string? Format { get; init; }

    public string? PublishedBy { get; init; }
}
