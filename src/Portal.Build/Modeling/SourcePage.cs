namespace Portal.Build.Modeling;

/// <summary>The published source document shown with numbered, linkable lines (<c>#L123</c>).</summary>
public sealed record SourcePage : PageModel
{
    // Held weakly: the page's render reads the lines once, then the GC may take them back, so a site of
    // 10,000 reports does not keep every source document in memory until the last page is written.
    private readonly WeakReference<IReadOnlyList<string>?> _lines = new(null);

    public override string Template => "pages/Source";

    public required ReportSummary Report { get; init; }

    /// <summary>The source document on disk; <see cref="Lines"/> reads it.</summary>
    public required string SourceFile { get; init; }

    /// <summary>Lines as the source file has them, so that line N of the view is line N of the file.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            if (!_lines.TryGetTarget(out var lines) || lines is null)
            {
                lines = ReadLines(SourceFile);
                _lines.SetTarget(lines);
            }

            return lines;
        }
    }

    public required string RawFileName { get; init; }

    public required string SourceTitle { get; init; }

    public string? SourceFormat { get; init; }

    private static IReadOnlyList<string> ReadLines(string file)
    {
        var text = File.ReadAllText(file);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }
}
