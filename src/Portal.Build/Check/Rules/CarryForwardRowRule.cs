using Portal.Core.Model.Tables;
using Portal.Core.Model.Templates;

namespace Portal.Build.Check.Rules;

/// <summary>
/// A 收入支出 coded table (政府性基金表; 上海's 国有资本经营收入支出表) on every row: 本年支出 合计 = 基本 + 项目,
/// and 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余.
/// </summary>
public sealed class CarryForwardRowRule : ICheckRule
{
    private static readonly string[] Keys = ["opening", "income", "expenditure_total", "basic", "project", "closing"];

    private readonly TableRole _role;

    public CarryForwardRowRule(TableRole role) => _role = role;

    public static IReadOnlyList<CarryForwardRowRule> All { get; } = [new(TableRole.GovFund), new(TableRole.StateCapital)];

    public string Id => $"{_role.Slug}.row-total";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        if (context.Report.Tables.ByRole(_role) is not CodedTable table || table.Info.Form is not { } form || !Keys.All(form.HasColumn))
        {
            yield break;
        }

        int opening = form.ColumnIndex("opening"), income = form.ColumnIndex("income"), spent = form.ColumnIndex("expenditure_total"),
            basic = form.ColumnIndex("basic"), project = form.ColumnIndex("project"), closing = form.ColumnIndex("closing");
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var a = row.Amounts;
            var name = $"{table.Info.ShortName} {row.Code} {row.Name}";
            yield return context.Compare(Id, TablePaths.Coded(form, i, spent), a[spent], a[basic] is null && a[project] is null ? null : (a[basic] ?? 0m) + (a[project] ?? 0m),
                $"{name} 的“{form.Columns[spent].Name}”", "按基本支出与项目支出相加", new CellRef(form.Id, row.Code ?? row.Name, form.Columns[spent].Name));

            yield return context.Compare(Id, TablePaths.Coded(form, i, closing), a[closing], a[opening] is null && a[income] is null && a[spent] is null ? null : (a[opening] ?? 0m) + (a[income] ?? 0m) - (a[spent] ?? 0m),
                $"{name} 的“{form.Columns[closing].Name}”", "按年初结转和结余 + 本年收入 − 本年支出计算", new CellRef(form.Id, row.Code ?? row.Name, form.Columns[closing].Name));
        }
    }
}
