namespace Portal.Corpus.Writing;

/// <summary>A narrative section before it is written: heading as printed, optional kind, Markdown body, sub-sections.</summary>
public sealed record SectionDraft(string Heading, string HeadingRaw, string? Kind, string? Body, IReadOnlyList<SectionDraft> Sections)
{
    public SectionDraft(string heading, string headingRaw, string? kind, string body)
        : this(heading, headingRaw, kind, body, [])
    {
    }
}
