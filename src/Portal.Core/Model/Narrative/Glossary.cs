namespace Portal.Core.Model.Narrative;

/// <summary>名词解释.</summary>
public sealed record Glossary
{
    public string? HeadingRaw { get; init; }

    public int? SourceLine { get; init; }

    public required IReadOnlyList<GlossaryTerm> Terms { get; init; }
}
