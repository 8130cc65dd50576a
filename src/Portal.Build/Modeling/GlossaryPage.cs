namespace Portal.Build.Modeling;

/// <summary>The glossary merging every report's 名词解释.</summary>
public sealed record GlossaryPage : PageModel
{
    public override string Template => "pages/Glossary";

    public required IReadOnlyList<GlossaryEntry> Entries { get; init; }

    /// <summary>
    /// The anchor of a term's entry, from the term as any report prints it (normalized as the glossary merges terms):
    /// <c>term-</c> and its letters and digits, every other character a hyphen ("“三公”经费" → <c>term--三公-经费</c>),
    /// so a report links to its terms' entries without knowing the glossary's order, and a link stays valid as terms are added.
    /// </summary>
    public static string AnchorOf(string printedTerm) =>
        "term-" + new string(GlossaryPageBuilder.NormalizeTerm(printedTerm).Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());

    /// <summary>A link to a term's entry from <paramref name="from"/>.</summary>
    public static string Link(PageModel from, string printedTerm) => from.Url(SiteModelBuilder.GlossaryPath) + "#" + AnchorOf(printedTerm);
}
