using System.Text.RegularExpressions;
using Portal.Core.Diagnostics;

namespace Portal.Build.Check;

/// <summary>
/// One printed error breaks every identity it takes part in: a wrong cell of a 项 puts off its row's total, its 款,
/// its 类 and the 合计 by the same amount. Findings of one report's table whose differences have the same size and
/// whose rows are one another's ancestors (or 合计/label rows) are one root cause: the finding on the deepest row
/// stays, naming the cell most likely misprinted, with the others as its <see cref="Finding.Consequences"/>.
/// </summary>
public static partial class RootCauses
{
    /// <summary>Differences that agree to within this are taken for the same error (a 尾数 elsewhere in a sum shifts it by 0.01).</summary>
    private const decimal SameSize = 0.02m;

    /// <param name="locate">Where a field path is in the report's YAML: a root is located at the cell it names as likely misprinted.</param>
    public static List<Finding> Fold(List<Finding> findings, Func<string, SourceLocation>? locate = null)
    {
        findings = SameCell(findings);
        var candidates = findings.Where(IsCandidate).ToArray();
        if (candidates.Length < 2)
        {
            return findings;
        }

        var parent = Enumerable.Range(0, candidates.Length).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < candidates.Length; i++)
        {
            for (var j = i + 1; j < candidates.Length; j++)
            {
                if (Related(candidates[i], candidates[j]))
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        var folded = new Dictionary<Finding, Finding?>(ReferenceEqualityComparer.Instance);
        foreach (var cluster in Enumerable.Range(0, candidates.Length).GroupBy(Find).Where(g => g.Count() > 1))
        {
            var members = cluster.Select(i => candidates[i]).ToArray();
            // The deepest row; among rows of one level, the smallest printed figure (a part is no more than the
            // sum it is part of: the misprinted 其他收入 line, not the 本年收入合计 it puts off), a part's column
            // before a 合计's, a row's own identity before a column's.
            var root = members
                .OrderByDescending(Depth)
                .ThenBy(f => f.Stated!.Value)
                .ThenBy(f => IsTotalColumn(f.Column) ? 1 : 0)
                .ThenBy(f => f.Rule.EndsWith(".row-total", StringComparison.Ordinal) ? 0 : 1)
                .First();
            var consequences = members.Where(f => !ReferenceEquals(f, root)).ToArray();
            folded[root] = WithConsequences(root, consequences, locate);
            foreach (var consequence in consequences)
            {
                folded[consequence] = null;
            }
        }

        return findings.Select(f => folded.TryGetValue(f, out var replaced) ? replaced : f).OfType<Finding>().ToList();
    }

    /// <summary>
    /// One cell of a free-form table that breaks two identities (its rows' sum, and the 公开 table's figure) is one
    /// misprint: the table's own sum stays, the other is listed under it.
    /// </summary>
    private static List<Finding> SameCell(List<Finding> findings)
    {
        var folded = new Dictionary<Finding, Finding?>(ReferenceEqualityComparer.Instance);
        foreach (var cell in findings.Where(f => f.Rule.StartsWith("free-table.", StringComparison.Ordinal) && f.Severity == FindingSeverity.Error).GroupBy(f => f.FieldPath).Where(g => g.Count() > 1))
        {
            var root = cell.OrderBy(f => f.Rule == "free-table.sum" ? 0 : 1).First();
            var others = cell.Where(f => !ReferenceEquals(f, root)).ToArray();
            folded[root] = root with
            {
                Consequences = others,
                Message = root.Message.TrimEnd('。') + "；该格另有不符：" + string.Join("；", others.Select(o => o.Message[(o.Message.IndexOf('，', StringComparison.Ordinal) + 1)..].TrimEnd('。') + $"（{o.Rule}）")) + "。",
            };
            foreach (var other in others)
            {
                folded[other] = null;
            }
        }

        return folded.Count == 0 ? findings : findings.Select(f => folded.TryGetValue(f, out var replaced) ? replaced : f).OfType<Finding>().ToList();
    }

    // A prose figure that disagrees with a table says which of the two to trust no more than the table does: prose
    // findings stay on their own.
    // A 尾数 (0.01) is folded too, but only within its own table: every 尾数 has the same size, so across tables it
    // would tie unrelated roundings together.
    private static bool IsCandidate(Finding f) =>
        f.Table is not null && !f.Rule.StartsWith("prose.", StringComparison.Ordinal) && f.Stated is not null && f.Computed is not null
        && (f.Severity == FindingSeverity.Error ? Math.Abs(f.Stated.Value - f.Computed.Value) > SameSize : f.Severity == FindingSeverity.Rounding);

    private static decimal Size(Finding f) => Math.Abs(f.Stated!.Value - f.Computed!.Value);

    private static bool Related(Finding a, Finding b)
    {
        if (a.Severity != b.Severity || (a.Severity == FindingSeverity.Rounding && (a.Table != b.Table || Size(a) != Size(b))))
        {
            return false;
        }

        if (Math.Abs(Size(a) - Size(b)) > SameSize || (a.Table != b.Table && !IsCross(a) && !IsCross(b)))
        {
            return false;
        }

        // Coded rows are related when one is the other's ancestor; a 合计 or labelled row (三公 决算数, 总计) is every row's.
        return !IsCode(a.Code) || !IsCode(b.Code) || a.Code!.StartsWith(b.Code!, StringComparison.Ordinal) || b.Code!.StartsWith(a.Code!, StringComparison.Ordinal);
    }

    private static bool IsCross(Finding f) => f.Rule.StartsWith("cross.", StringComparison.Ordinal) || f.Rule.EndsWith(".totals", StringComparison.Ordinal);

    private static bool IsCode(string? code) => code is { Length: > 0 } && code.All(char.IsAsciiDigit);

    private static int Depth(Finding f) => IsCode(f.Code) ? f.Code!.Length : 0;

    private static bool IsTotalColumn(string? column) => column is not null && (column.Contains("合计", StringComparison.Ordinal) || column.Contains("总计", StringComparison.Ordinal)) && !column.Contains("小计", StringComparison.Ordinal);

    private static Finding WithConsequences(Finding root, IReadOnlyList<Finding> consequences, Func<string, SourceLocation>? locate)
    {
        var listed = string.Join("；", consequences.Select(c => $"{c.Code} “{c.Column}”（{c.Rule}，相差{Tolerance.Show(c.Stated!.Value - c.Computed!.Value)}）"));
        if (root.Severity == FindingSeverity.Rounding)
        {
            // A 尾数 is rounding, not a misprint: no cell to blame, only the sums the same rounding shows in.
            return root with
            {
                Consequences = consequences,
                Message = root.Message.TrimEnd('。') + $"。同一尾数在本表连带的{consequences.Count}处：{listed}。",
            };
        }

        // The row's identity and a column's identity off by the same amount in the same direction meet in one cell:
        // the root's row, the other's column.
        var crossing = consequences.FirstOrDefault(c => c.Column != root.Column && c.Column is not null && Math.Sign(c.Stated!.Value - c.Computed!.Value) == Math.Sign(root.Stated!.Value - root.Computed!.Value) && IsCode(c.Code));
        var likely = crossing is not null && root.Rule.EndsWith(".row-total", StringComparison.Ordinal)
            ? new CellRef(root.Table!, root.Code, crossing.Column)
            : new CellRef(root.Table!, root.Code, root.Column);
        // The likely cell is in the root's row and the crossing finding's column: that is where the YAML should be fixed.
        var at = crossing is not null && likely.Column == crossing.Column && locate is not null && CellPath().Match(root.FieldPath) is { Success: true } row
            && CellPath().Match(crossing.FieldPath) is { Success: true } column
            ? locate($"{row.Groups["row"].Value}[{column.Groups["column"].Value}]")
            : root.Location;
        return root with
        {
            Location = at,
            LikelyCell = likely,
            Consequences = consequences,
            Message = root.Message.TrimEnd('。') + $"。最可能印错的是{likely.Code}行“{likely.Column}”一格；同一差额连带的{consequences.Count}处不符：{listed}。",
        };
    }

    /// <summary>A cell of a row-shaped table: <c>tables.t02.rows[15][2]</c> is row <c>tables.t02.rows[15]</c>, column <c>2</c>.</summary>
    [GeneratedRegex(@"^(?<row>.+\.rows\[\d+\])\[(?<column>\d+)\]\z")]
    private static partial Regex CellPath();
}
