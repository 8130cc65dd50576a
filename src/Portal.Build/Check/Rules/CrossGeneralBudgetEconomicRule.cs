using Portal.Core.Model.Templates;

namespace Portal.Build.Check.Rules;

/// <summary>一般公共预算财政拨款支出决算表 合计行 基本支出 = 基本支出表 人员经费合计 + 公用经费合计.</summary>
public sealed class CrossGeneralBudgetEconomicRule : ICheckRule
{
    public string Id => "cross.general-budget-basic-economic";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        if (context.Report.Tables is not { GeneralBudget: { } general, BasicEconomic: { } economic } || economic.PersonnelTotal is null || economic.PublicTotal is null
            || general.Info.Form.ColumnIndex("basic") is not (var basic and >= 0))
        {
            return [];
        }

        var form = general.Info.Form;
        var totalRow = general.Rows.ToList().FindIndex(r => r.Code is null);
        var finding = totalRow < 0 ? null : context.Compare(Id, TablePaths.Coded(form, totalRow, basic), general.Rows[totalRow].Amounts[basic], economic.PersonnelTotal + economic.PublicTotal,
            $"{general.Info.ShortName} 合计行的“{form.Columns[basic].Name}”", $"按{economic.Info.ShortName}人员经费合计加公用经费合计", new CellRef(form.Id, "合计", form.Columns[basic].Name));
        return [finding];
    }
}
