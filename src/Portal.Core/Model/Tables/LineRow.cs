namespace Portal.Core.Model.Tables;

/// <summary>A row of the 收入/支出 sides of 公开01 and 公开04: 行次, 项目, then the amounts.</summary>
public sealed record LineRow(int? Line, string? Item, IReadOnlyList<decimal?> Amounts);
