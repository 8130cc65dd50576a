namespace Portal.Build.OpenData;

/// <summary>
/// Where a table's rows come from: 部门, 年度, 单位 (the amounts' unit) and 来源 (the published document). Every table CSV
/// starts with these four columns, so files concatenated from many departments and years still say where each row is from.
/// </summary>
public sealed record TableOrigin(string Department, int Year, string Unit, string Source)
{
    public static readonly IReadOnlyList<DataColumn> Columns =
    [
        new("部门", DataColumnKind.Text),
        new("年度", DataColumnKind.Integer),
        new("单位", DataColumnKind.Text),
        new("来源", DataColumnKind.Text),
    ];

    public IReadOnlyList<object?> Values => [Department, Year, Unit, Source];
}
