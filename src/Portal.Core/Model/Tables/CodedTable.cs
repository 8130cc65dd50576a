namespace Portal.Core.Model.Tables;

/// <summary>公开02, 03, 05, 07, 08: rows by 功能分类 code with one amount per column.</summary>
public sealed record CodedTable(TableInfo Info, IReadOnlyList<CodedRow> Rows);
