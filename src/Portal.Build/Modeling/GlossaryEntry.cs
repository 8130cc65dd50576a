namespace Portal.Build.Modeling;

/// <summary>A 名词解释 term with each distinct definition and the reports that give it.</summary>
public sealed record GlossaryEntry(string Term, IReadOnlyList<GlossaryDefinition> Definitions)
{
    public string Anchor => GlossaryPage.AnchorOf(Term);
}
