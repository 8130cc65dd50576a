namespace Portal.Build.Check.Rules;

/// <summary>公开05 合计行 基本支出 = 公开06 人员经费合计 + 公用经费合计.</summary>
public sealed class CrossT05T06Rule : ICheckRule
{
    public string Id => "cross.t05-t06";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        if (context.Report.Tables is not { T05: { } t05, T06: { } t06 } || t06.PersonnelTotal is null || t06.PublicTotal is null)
        {
            return [];
        }

        var totalRow = t05.Rows.ToList().FindIndex(r => r.Code is null);
        var finding = totalRow < 0 ? null : context.Compare(Id, $"tables.t05.rows[{totalRow}][3]", t05.Rows[totalRow].Amounts[1], t06.PersonnelTotal + t06.PublicTotal,
            "公开05表 合计行的“基本支出”", "按公开06表人员经费合计加公用经费合计", new CellRef("t05", "合计", "基本支出"));
        return [finding];
    }
}
