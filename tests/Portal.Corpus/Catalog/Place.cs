namespace Portal.Corpus.Catalog;

/// <summary>A 市 (prefecture city) and its 省, with an ASCII name for slugs.</summary>
public sealed record Place(string Province, string City, string Ascii);
