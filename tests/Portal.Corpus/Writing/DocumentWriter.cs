namespace Portal.Corpus.Writing;

/// <summary>Writes a &lt;document&gt; (overview, explanation, 绩效 report) into the YAML and the source text.</summary>
public sealed class DocumentWriter(YamlText yaml, SourceText source)
{
    public void Write(string key, string title, string headingRaw, IReadOnlyList<SectionDraft> sections) =>
        yaml.Block(key, () => WriteContent(title, headingRaw, sections));

    /// <summary>The document's keys at the current place: inside a block, or as an item of a list of documents.</summary>
    public void WriteContent(string title, string headingRaw, IReadOnlyList<SectionDraft> sections)
    {
        source.Add(string.Empty);
        var line = source.Add(headingRaw);
        yaml.Key("title", title).Key("heading_raw", headingRaw).Key("source_line", line);
        WriteSections(sections);
    }

    private void WriteSections(IReadOnlyList<SectionDraft> sections) => yaml.Block("sections", () =>
    {
        foreach (var section in sections)
        {
            yaml.Item(() =>
            {
                var line = source.Add(section.HeadingRaw);
                yaml.Key("heading", section.Heading).Key("heading_raw", section.HeadingRaw);
                if (section.Kind is { } kind)
                {
                    yaml.Key("kind", kind);
                }

                yaml.Key("source_line", line);
                if (section.Body is { } body)
                {
                    source.AddBody(body);
                    yaml.Literal("body", body);
                }

                if (section.Sections.Count > 0)
                {
                    WriteSections(section.Sections);
                }
            });
        }
    });
}
