using Portal.Core.Model;

namespace Portal.Build.Check.Prose;

/// <summary>
/// A report with its narrative split into <see cref="Paragraphs"/> once, for the rules that read it. Some fifteen
/// rules read the paragraphs of each report (and of the year before), so they are split on first reading; the check
/// that made this lets it go when the report is done, and the split paragraphs with it.
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
