namespace Portal.Core.Model.Tables;

/// <summary>收入支出决算总表 and 财政拨款收入支出决算总表: income beside expenditure.</summary>
public sealed record TwoSidedTable(TableInfo Info, IReadOnlyList<LineRow> Income, IReadOnlyList<LineRow> Expenditure) : IFormTable;
