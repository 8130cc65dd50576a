using Portal.Core.Model.Templates;
using Portal.Build.Modeling;
using Portal.Core.Model;
using Portal.Core.Model.Tables;

namespace Portal.Build.Comparison;

/// <summary>Puts a report beside its department's previous-year report (when there is one) and beside what its text states.</summary>
public static class YearComparisonBuilder
{
    private static readonly (string Key, string Label)[] HeadlineKeys =
        [("grand_total", "收支总计"), ("income_total", "本年收入"), ("expenditure_total", "本年支出"), ("sangong_total", "三公经费")];

    public static YearComparison Build(Report report, Report? previous, string? previousPath)
    {
        var current = ReportMetrics.For(report);
        var before = previous is null ? new Dictionary<string, MetricValue>() : ReportMetrics.For(previous);
        var metrics = Metric.Figures
            .Concat(ReportMetrics.FunctionClasses(report))
            .Concat(previous is null ? [] : ReportMetrics.FunctionClasses(previous))
            .DistinctBy(m => m.Key);

        FigureComparison Compare(string key, string label) =>
            new(key, label, current.GetValueOrDefault(key), before.GetValueOrDefault(key), report.StatedFigures.ChangesOf(key).ToArray());

        return new YearComparison(report.Year, previous?.Year, previousPath)
        {
            Headline = HeadlineKeys.Select(h => Compare(h.Key, h.Label)).ToArray(),
            Figures = metrics
                .Select(m => Compare(m.Key, m.Label))
                // Without the previous report only what the text states about the previous year is worth a line.
                .Where(f => f.Stated.Count > 0 || (previous is not null && (f.Current is not null || f.Previous is not null)))
                .ToArray(),
            Tables = previous is null ? [] : Tables(report.Tables, previous.Tables),
        };
    }

    /// <summary>
    /// Each published table beside last year's table of the same role (whatever either template numbers it), on the
    /// column a reader compares: the total where the form has one, else 本年支出合计, else its first.
    /// </summary>
    private static IReadOnlyList<TableComparison> Tables(ReportTables now, ReportTables before)
    {
        var result = new List<TableComparison>();
        foreach (var table in now.All)
        {
            var form = table.Info.Form;
            if (before.ByRole(form.Role) is not { } old || Lines(table) is not { } current || Lines(old) is not { } previous)
            {
                continue;
            }

            result.Add(new TableComparison(form, ComparedColumn(table), Match(current, previous)));
        }

        return result;
    }

    private static int ColumnOf(FormDefinition form) =>
        form.ColumnIndex("total") is var total and >= 0 ? total : Math.Max(0, form.ColumnIndex("expenditure_total"));

    private static string ComparedColumn(IFormTable table) => table switch
    {
        SangongTable => "决算数",
        TwoSidedTable t when t.Info.Form.IncomeColumns.Count > 0 => t.Info.Form.Columns[0].Name,
        _ => table.Info.Form.Columns.Count > 0 ? table.Info.Form.Columns[ColumnOf(table.Info.Form)].Name : string.Empty,
    };

    private static IReadOnlyList<Line>? Lines(IFormTable table) => table switch
    {
        TwoSidedTable t => TwoSided(t),
        CodedTable t => Coded(t.Info.Form.Anchor, t.Rows, ColumnOf(t.Info.Form)),
        EconomicDetailTable t => Coded(t.Info.Form.Anchor, t.Groups.SelectMany(g => g).ToArray()),
        SangongTable t => Sangong(t),
        _ => null,
    };

    /// <summary>
    /// Lines are matched by 科目编码, or by their item text where a line has no code; a key printed twice
    /// is matched occurrence by occurrence.
    /// </summary>
    private static IReadOnlyList<LineComparison> Match(IReadOnlyList<Line> current, IReadOnlyList<Line> previous)
    {
        var before = Numbered(previous).ToDictionary(p => p.Key, p => p.Line);
        var now = Numbered(current).ToArray();
        var lines = now.Select(p => before.TryGetValue(p.Key, out var old)
                ? new LineComparison(p.Line.Code, p.Line.Name, p.Line.Anchor, p.Line.Amount, old.Amount, LineStatus.Both)
                : new LineComparison(p.Line.Code, p.Line.Name, p.Line.Anchor, p.Line.Amount, null, LineStatus.Added))
            .ToList();
        var seen = now.Select(p => p.Key).ToHashSet();
        lines.AddRange(Numbered(previous).Where(p => !seen.Contains(p.Key))
            .Select(p => new LineComparison(p.Line.Code, p.Line.Name, null, null, p.Line.Amount, LineStatus.Removed)));
        return lines;
    }

    private static IEnumerable<(string Key, Line Line)> Numbered(IReadOnlyList<Line> lines)
    {
        var counts = new Dictionary<string, int>();
        foreach (var line in lines)
        {
            var n = counts[line.Key] = counts.GetValueOrDefault(line.Key) + 1;
            yield return ($"{line.Key}#{n}", line);
        }
    }

    private static IReadOnlyList<Line> Coded(string anchor, IReadOnlyList<CodedRow> rows, int column = 0)
    {
        var anchors = RowAnchors.For(anchor, rows);
        return rows.Select((r, i) => new Line(r.Code ?? LineRow.LabelOf(r.Name), r.Code, r.Name, anchors[i], r.Amounts.ElementAtOrDefault(column))).ToArray();
    }

    private static IReadOnlyList<Line> TwoSided(TwoSidedTable table)
    {
        var id = table.Info.Form.Anchor;

        IEnumerable<Line> Side(IReadOnlyList<LineRow> rows, string side) => rows
            .Select((r, i) => (r, i))
            .Where(p => !string.IsNullOrWhiteSpace(p.r.Item))
            .Select(p => new Line($"{side}:{p.r.Label}", null, $"{side}：{p.r.Item!.Trim()}", $"{id}-r{p.i + 1}", p.r.Amounts[0]));

        return Side(table.Income, "收入").Concat(Side(table.Expenditure, "支出")).ToArray();
    }

    private static IReadOnlyList<Line> Sangong(SangongTable table)
    {
        var a = table.Actual;
        var anchor = $"{table.Info.Form.Anchor}-values";
        return SangongFigures.Items.Select((item, i) => new Line(item.Name, null, item.Name, anchor, a?.Values[i])).ToArray();
    }

    private sealed record Line(string Key, string? Code, string Name, string? Anchor, decimal? Amount);
}
