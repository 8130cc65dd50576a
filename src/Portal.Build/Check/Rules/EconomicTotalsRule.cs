using Portal.Core.Model.Tables;
using Portal.Core.Model.Templates;

namespace Portal.Build.Check.Rules;

/// <summary>
/// 基本支出表: 人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助; 公用经费合计 = every other 类.
/// Each 类 counts as the sum of its 款 where it has any, so a misprinted 类 is reported once (by the tree rule).
/// </summary>
public sealed class EconomicTotalsRule : ICheckRule
{
    private static readonly string[] PersonnelClasses = ["301", "303"];

    public string Id => "basic-economic.totals";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        if (context.Report.Tables.BasicEconomic is not { } table)
        {
            yield break;
        }

        var form = table.Info.Form;
        var column = form.Columns[0].Name;
        var rows = table.Groups.SelectMany(g => g).Where(r => r.Code is not null).ToArray();
        var classes = rows.Where(r => r.Depth == 1).ToArray();
        decimal ClassValue(CodedRow c)
        {
            var items = rows.Where(r => r.Depth == 2 && r.Code!.StartsWith(c.Code!, StringComparison.Ordinal)).ToArray();
            return items.Length > 0 ? items.Sum(r => r.Amounts[0] ?? 0m) : c.Amounts[0] ?? 0m;
        }

        var personnel = classes.Where(c => PersonnelClasses.Contains(c.Code)).Sum(ClassValue);
        var publicCosts = classes.Where(c => !PersonnelClasses.Contains(c.Code)).Sum(ClassValue);
        yield return context.Compare(Id, TablePaths.Field(form, "personnel_total"), table.PersonnelTotal, classes.Length == 0 ? null : personnel,
            $"{table.Info.ShortName} 人员经费合计", "按工资福利支出与对个人和家庭的补助各款相加", new CellRef(form.Id, "人员经费合计", column));

        yield return context.Compare(Id, TablePaths.Field(form, "public_total"), table.PublicTotal, classes.Length == 0 ? null : publicCosts,
            $"{table.Info.ShortName} 公用经费合计", "按商品和服务支出、资本性支出等其余各类的款相加", new CellRef(form.Id, "公用经费合计", column));
    }
}
