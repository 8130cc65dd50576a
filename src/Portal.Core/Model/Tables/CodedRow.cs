namespace Portal.Core.Model.Tables;

/// <summary>A classified row: 科目编码 (null on 合计 rows), 科目名称, then the amounts in column order.</summary>
public sealed record CodedRow(string? Code, string Name, IReadOnlyList<decimal?> Amounts)
{
    /// <summary>类 = 3 digits, 款 = 5, 项 = 7; 0 for rows without a code (合计).</summary>
    public int Depth => Code is null ? 0 : (Code.Length - 1) / 2;
}
