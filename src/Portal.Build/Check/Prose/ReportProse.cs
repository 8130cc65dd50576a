using Portal.Core.Model;

namespace Portal.Build.Check.Prose;

/// <summary>
/// A report with its narrative split into <see cref="Paragraphs"/> once, for everything that reads them while it
/// works on the report: some fifteen rules read the paragraphs of each report (and of the year before), the pages
/// look up the paragraph of each prose finding. Split on first reading; whoever made this lets it go when done
/// with the report, and the split paragraphs (a copy of its prose) with it.
/// </summary>
public sealed class ReportProse
{
    private IReadOnlyList<Paragraph>? _paragraphs;

    public ReportProse(Report report) => Report = report;

    public Report Report { get; }

    /// <summary>Every paragraph of the report's narrative, split on first reading. Read from one thread.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => _paragraphs ??= Prose.Paragraphs.Read(Report);

    /// <summary>Lets the split paragraphs go; read again, they are split again.</summary>
    internal void Release() => _paragraphs = null;
}
