using Portal.Core.Model.Performance;

namespace Portal.Build.Check.Rules;

/// <summary>
/// 绩效自评表 fund rows: the sources under 年度资金总额 (“其中：当年财政拨款”, 上年结转资金, 其他资金) are its parts, in each
/// of 年初预算数, 全年预算数 and 全年执行数. Together they do not exceed the total; and where one source is the only one the
/// table fills (the others blank or 0 in every column), it is the whole total in every column the total is printed —
/// a blank cell there is a figure left out, not a zero (渌口 2022 维修改造费: 当年财政拨款 年初预算数 blank, 总额 294.7).
/// A table that fills no source row at all (only the 总额 row, or every source blank) says nothing about them.
/// </summary>
public sealed class PerformanceFundPartsRule : ICheckRule
{
    private static readonly (int Index, string Name, Func<FundRow, decimal?> Amount)[] Columns =
    [
        (1, "年初预算数", f => f.InitialBudget),
        (2, "全年预算数", f => f.FullYearBudget),
        (3, "全年执行数", f => f.Executed),
    ];

    public string Id => "perf.fund-parts";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var (path, name, evaluation) in Evaluations.Of(context.Report))
        {
            var funds = evaluation.Funds;
            if (funds.Count < 2 || !funds[0].Name.Contains("总额", StringComparison.Ordinal))
            {
                continue;
            }

            var total = funds[0];
            var parts = funds.Skip(1).ToArray();

            var used = parts.Select((p, i) => (Row: p, Index: i + 1)).Where(p => Columns.Any(c => c.Amount(p.Row) is { } v && v != 0m)).ToArray();
            if (used.Length == 0)
            {
                continue;
            }

            foreach (var (column, columnName, amount) in Columns)
            {
                if (amount(total) is not { } whole)
                {
                    continue;
                }

                if (used is [var only])
                {
                    var unused = string.Join("、", parts.Where(p => !ReferenceEquals(p, only.Row)).Select(p => SourceName(p.Name)));
                    var cellPath = $"{path}.funds[{only.Index}][{column}]";
                    var what = $"{name}“{only.Row.Name}”行“{columnName}”";
                    var basis = $"资金来源只填此一项（{unused}均为空或0），按“{total.Name}”{columnName}应为";
                    yield return amount(only.Row) is { } printed
                        ? context.Compare(Id, cellPath, printed, whole, what, basis.TrimEnd('为'))
                        : whole == 0m ? null
                        : context.Flag(Id, FindingSeverity.Error, cellPath, $"{what}为空，{basis}{Tolerance.Show(whole)}万元：该格漏印。", computed: whole);
                    continue;
                }

                var sum = used.Sum(p => amount(p.Row) ?? 0m);
                if (sum > whole && Tolerance.Classify(whole, sum) is { } severity)
                {
                    yield return context.Flag(Id, severity, $"{path}.funds[0][{column}]",
                        $"{name}“{total.Name}”行“{columnName}”印为{Tolerance.Show(whole)}万元，其下{string.Join("、", used.Select(p => SourceName(p.Row.Name)))}之和为{Tolerance.Show(sum)}万元，部分超过总额{Tolerance.Show(sum - whole)}万元。",
                        stated: whole, computed: sum);
                }
            }
        }
    }

    /// <summary>A source row's name without its “其中：”.</summary>
    private static string SourceName(string name) => name.StartsWith("其中", StringComparison.Ordinal) ? name[2..].TrimStart('：', ':') : name;
}
