using Portal.Core.Model;
using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>
/// A coded table's first column is the sum of the others on every row: 02 合计 = Σ sources,
/// 03 合计 = 基本 + 项目 + 上缴 + 经营 + 对附属, 05 小计 = 基本 + 项目, 08 合计 = 基本 + 项目.
/// </summary>
public sealed class CodedRowTotalRule : ICheckRule
{
    private readonly StandardTableSpec _spec;
    private readonly Func<StandardTables, CodedTable?> _table;

    public CodedRowTotalRule(StandardTableSpec spec, Func<StandardTables, CodedTable?> table)
    {
        _spec = spec;
        _table = table;
    }

    public static IReadOnlyList<CodedRowTotalRule> All { get; } =
    [
        new(StandardTableSpec.T02, t => t.T02),
        new(StandardTableSpec.T03, t => t.T03),
        new(StandardTableSpec.T05, t => t.T05),
        new(StandardTableSpec.T08, t => t.T08),
    ];

    public string Id => $"{_spec.Id}.row-total";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        if (_table(context.Report.Tables) is not { } table)
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
                $"tables.{_spec.Id}.rows[{i}][2]",
                row.Amounts[0],
                parts.Sum(p => p ?? 0m),
                $"{_spec.Code} {row.Code} {row.Name} 的“{_spec.Columns[0]}”",
                $"按本行{string.Join("、", _spec.Columns.Skip(1))}相加",
                new CellRef(_spec.Id, row.Code ?? row.Name, _spec.Columns[0]));
        }
    }
}
