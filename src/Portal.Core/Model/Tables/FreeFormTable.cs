namespace Portal.Core.Model.Tables;

/// <summary>A table of a template form with no shape Portal computes on: rows of cells, one per form column, under the form's header or the report's own.</summary>
public sealed record FreeFormTable(TableInfo Info, IReadOnlyList<IReadOnlyList<TableCell>> Header, IReadOnlyList<IReadOnlyList<TableCell>> Rows) : IFormTable;
