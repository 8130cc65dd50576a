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

    private static IReadOnlyList<TableComparison> Tables(StandardTables now, StandardTables before)
    {
        var result = new List<TableComparison>();
        void Add(StandardTableSpec spec, string column, IReadOnlyList<Line>? current, IReadOnlyList<Line>? previous)
        {
            if (current is not null && previous is not null)
            {
                result.Add(new TableComparison(spec, column, Match(current, previous)));
            }
        }

        Add(StandardTableSpec.T01, "决算数", TwoSided(now.T01, "t01"), TwoSided(before.T01, "t01"));
        foreach (var (spec, table, old) in new[] { (StandardTableSpec.T02, now.T02, before.T02), (StandardTableSpec.T03, now.T03, before.T03) })
        {
            Add(spec, spec.Columns[0], Coded(spec.Id, table?.Rows), Coded(spec.Id, old?.Rows));
        }

        Add(StandardTableSpec.T04, "合计", TwoSided(now.T04, "t04"), TwoSided(before.T04, "t04"));
        Add(StandardTableSpec.T05, "小计", Coded("t05", now.T05?.Rows), Coded("t05", before.T05?.Rows));
        Add(StandardTableSpec.T06, "决算数", Coded("t06", now.T06?.Groups.SelectMany(g => g).ToArray()), Coded("t06", before.T06?.Groups.SelectMany(g => g).ToArray()));
        Add(StandardTableSpec.T07, "本年支出小计", Coded("t07", now.T07?.Rows, column: 2), Coded("t07", before.T07?.Rows, column: 2));
        Add(StandardTableSpec.T08, "合计", Coded("t08", now.T08?.Rows), Coded("t08", before.T08?.Rows));
        Add(StandardTableSpec.T09, "决算数", Sangong(now.T09), Sangong(before.T09));
        return result;
    }

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

    private static IReadOnlyList<Line>? Coded(string tableId, IReadOnlyList<CodedRow>? rows, int column = 0)
    {
        if (rows is null)
        {
            return null;
        }

        var anchors = RowAnchors.For(tableId, rows);
        return rows.Select((r, i) => new Line(r.Code ?? HeadlineCalculator.NormalizeItem(r.Name), r.Code, r.Name, anchors[i], r.Amounts.ElementAtOrDefault(column))).ToArray();
    }

    private static IReadOnlyList<Line>? TwoSided(TwoSidedTable? table, string id)
    {
        if (table is null)
        {
            return null;
        }

        IEnumerable<Line> Side(IReadOnlyList<LineRow> rows, string side) => rows
            .Select((r, i) => (r, i))
            .Where(p => !string.IsNullOrWhiteSpace(p.r.Item))
            .Select(p => new Line($"{side}:{HeadlineCalculator.NormalizeItem(p.r.Item)}", null, $"{side}：{p.r.Item!.Trim()}", $"{id}-r{p.i + 1}", p.r.Amounts[0]));

        return Side(table.Income, "收入").Concat(Side(table.Expenditure, "支出")).ToArray();
    }

    private static IReadOnlyList<Line>? Sangong(SangongTable? table)
    {
        if (table is null)
        {
            return null;
        }

        var a = table.Actual;
        var labels = StandardTableSpec.T09.Columns;
        decimal?[] values = [a?.Total, a?.Overseas, a?.Vehicles, a?.VehiclePurchase, a?.VehicleOperation, a?.Reception];
        return labels.Select((label, i) => new Line(label, null, label, "t09-values", values[i])).ToArray();
    }

    private sealed record Line(string Key, string? Code, string Name, string? Anchor, decimal? Amount);
}
