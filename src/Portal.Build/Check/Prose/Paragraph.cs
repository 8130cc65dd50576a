using Portal.Core.Diagnostics;

namespace Portal.Build.Check.Prose;

/// <summary>One paragraph of a narrative body, with the field path of the body and where the paragraph starts.</summary>
public sealed record Paragraph(string Path, string Text, SourceLocation Location, string Section);
