using Portal.Core.Model.Tables;
using Portal.Core.Model.Templates;

namespace Portal.Build.Check.Rules;

/// <summary>
/// A coded table whose first column is a total (收入表 本年收入合计, 支出表 本年支出合计, 一般公共预算支出表 合计/小计,
/// 国有资本经营支出表 合计) equals the sum of its other columns on every row.
/// </summary>
public sealed class CodedRowTotalRule : ICheckRule
{
    private readonly TableRole _role;

    public CodedRowTotalRule(TableRole role) => _role = role;

    public static IReadOnlyList<CodedRowTotalRule> All { get; } =
        [new(TableRole.Income), new(TableRole.Expenditure), new(TableRole.GeneralBudget), new(TableRole.StateCapital)];

    public string Id => $"{_role.Slug}.row-total";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        if (context.Report.Tables.ByRole(_role) is not CodedTable table || table.Info.Form is not { } form || form.ColumnIndex("total") != 0 || form.Columns.Count < 2)
        {
            yield break;
        }

        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var parts = row.Amounts.Skip(1).ToArray();
            if (parts.All(p => p is null))
            {
                continue;
            }

            yield return context.Compare(
                Id,
                TablePaths.Coded(form, i, 0),
                row.Amounts[0],
                parts.Sum(p => p ?? 0m),
                $"{table.Info.ShortName} {row.Code} {row.Name} 的“{form.Columns[0].Name}”",
                $"按本行{string.Join("、", form.Columns.Skip(1).Select(c => c.Name))}相加",
                new CellRef(form.Id, row.Code ?? row.Name, form.Columns[0].Name));
        }
    }
}
