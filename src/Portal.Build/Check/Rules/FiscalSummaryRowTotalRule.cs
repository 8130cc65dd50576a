using Portal.Core.Model.Templates;

namespace Portal.Build.Check.Rules;

/// <summary>财政拨款收入支出决算总表, expenditure side, every row: 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款.</summary>
public sealed class FiscalSummaryRowTotalRule : ICheckRule
{
    public string Id => "fiscal-summary.row-total";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        if (context.Report.Tables.FiscalSummary is not { } table || table.Info.Form is not { } form || form.ColumnIndex("total") != 0)
        {
            yield break;
        }

        for (var i = 0; i < table.Expenditure.Count; i++)
        {
            var a = table.Expenditure[i].Amounts;
            if (a.Count < 2 || a.Skip(1).All(x => x is null))
            {
                continue;
            }

            var label = TwoSidedLayout.Label(table.Expenditure[i]);
            yield return context.Compare(Id, TablePaths.Line(form, "expenditure", i, 0), a[0], a.Skip(1).Sum(x => x ?? 0m),
                $"{table.Info.ShortName} 支出方“{label}”的合计", "按一般公共预算、政府性基金、国有资本经营三栏相加", new CellRef(form.Id, label, form.Columns[0].Name));
        }
    }
}
