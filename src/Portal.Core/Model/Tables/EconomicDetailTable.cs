namespace Portal.Core.Model.Tables;

/// <summary>
/// 一般公共预算财政拨款基本支出决算(明细)表 by 经济分类, kept in the printed side-by-side groups
/// (each row's amount is its single column).
/// </summary>
public sealed record EconomicDetailTable(
    TableInfo Info,
    IReadOnlyList<IReadOnlyList<CodedRow>> Groups,
    decimal? PersonnelTotal,
    decimal? PublicTotal) : IFormTable;
