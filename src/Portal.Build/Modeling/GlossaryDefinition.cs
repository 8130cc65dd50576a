namespace Portal.Build.Modeling;

/// <summary>
/// One wording of a term and the reports that print it. The glossary names the first few
/// (<see cref="GlossaryPageBuilder.CitedOnGlossary"/>); a wording printed by more — a national site has thousands
/// of reports defining “三公”经费 the same way — links to its place on the term's own pages, which name every one.
/// </summary>
public sealed record GlossaryDefinition(string Text, IReadOnlyList<ReportSummary> Reports)
{
    /// <summary>How many reports print this wording; more than <see cref="Reports"/> when <see cref="AllCited"/> is set.</summary>
    public int Cited { get; init; }

    /// <summary>The site path and anchor where the term's pages list every report printing this wording; null when <see cref="Reports"/> are all of them.</summary>
    public string? AllCited { get; init; }
}
