namespace Portal.Corpus.Catalog;

/// <summary>A kind of department: the name after the city (机关事务管理局) and an ASCII name for slugs.</summary>
public sealed record Agency(string Name, string Ascii, string Duty);
