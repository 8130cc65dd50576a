namespace Portal.Build.Check;

/// <summary>Which 公开 table cell a finding is about: table id, 科目编码 (or row label), column name.</summary>
public sealed record CellRef(string Table, string? Code, string? Column);
