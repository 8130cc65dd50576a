namespace Portal.Build.Modeling;

/// <summary>
/// One term's page: every report that prints it, wording by wording, <see cref="Pagination.DefaultSize"/> reports a
/// page. Made only for a term one of whose wordings is printed by more reports than the glossary names.
/// </summary>
public sealed record GlossaryTermPage : PageModel
{
    public override string Template => "pages/GlossaryTerm";

    public required string Term { get; init; }

    /// <summary>The term's entry on the glossary (site path and anchor).</summary>
    public required string Entry { get; init; }

    /// <summary>Reports citing the term, all pages together.</summary>
    public required int Cited { get; init; }

    /// <summary>Wordings of the term, all pages together.</summary>
    public required int Wordings { get; init; }

    /// <summary>The wordings on this page, each with the reports of it on this page; a wording cut by a page break is on both.</summary>
    public required IReadOnlyList<GlossaryWording> Items { get; init; }
}

/// <summary>A wording of a term on a term page: <see cref="Number"/> counts the term's wordings from 1, its anchor is <see cref="Anchor"/>.</summary>
public sealed record GlossaryWording(int Number, string Text, IReadOnlyList<ReportSummary> Reports)
{
    public string Anchor => AnchorOf(Number);

    public static string AnchorOf(int number) => $"wording-{number}";
}
