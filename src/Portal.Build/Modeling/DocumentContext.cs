namespace Portal.Build.Modeling;

/// <summary>What the document partial receives: the page, the document, a title when it has none, its heading level.</summary>
public sealed record DocumentContext(ReportPage Page, DocumentView Document, string FallbackTitle, int Level);
