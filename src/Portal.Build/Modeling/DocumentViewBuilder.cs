using Portal.Build.Render;
using Portal.Core.Model.Narrative;

namespace Portal.Build.Modeling;

/// <summary>Turns a narrative document into sections with anchors and rendered Markdown.</summary>
internal static class DocumentViewBuilder
{
    /// <summary>The document at field path <paramref name="path"/>; its flagged paragraphs carry the markers of <paramref name="marks"/>.</summary>
    /// <param name="terms">The report's 名词解释 terms and their glossary links: a section links the first use of each.</param>
    public static DocumentView Build(Document document, string anchor, AnchorAllocator anchors, int level, string path, FindingMarks marks, IReadOnlyDictionary<string, string>? terms = null) =>
        new(anchor, document.Title, document.HeadingRaw, document.SourceLine, Sections(document.Sections, anchor, anchors, level, path, marks, terms));

    private static IReadOnlyList<SectionView> Sections(IReadOnlyList<Section> sections, string prefix, AnchorAllocator anchors, int level, string path, FindingMarks marks, IReadOnlyDictionary<string, string>? terms) =>
        sections.Select((section, i) =>
        {
            var anchor = anchors.Take(section.Kind is { } kind ? kind.Replace('_', '-') : $"{prefix}-{i + 1}");
            var sectionPath = $"{path}.sections[{i}]";
            return new SectionView(
                anchor,
                section.Heading,
                section.HeadingRaw,
                section.SourceLine,
                string.IsNullOrWhiteSpace(section.Body) ? null : MarkdownRenderer.ToHtml(section.Body, marks.LineMarks(sectionPath + ".body"), terms),
                section.Figures,
                section.Tables,
                Sections(section.Sections, anchor, anchors, Math.Min(level + 1, 6), sectionPath, marks, terms),
                level,
                sectionPath);
        }).ToArray();
}
