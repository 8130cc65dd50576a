namespace Portal.Build.Modeling;

/// <summary>The glossary merging every report's 名词解释.</summary>
public sealed record GlossaryPage : PageModel
{
    public override string Template => "pages/Glossary";

    public required IReadOnlyList<GlossaryEntry> Entries { get; init; }
}
