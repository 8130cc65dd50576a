using Portal.Build.Figures;
using Portal.Core.Model.Templates;
using Portal.Build.Comparison;
using Portal.Build.Render;
using Portal.Core.Model;
using Portal.Core.Model.Tables;

namespace Portal.Build.Charts;

/// <summary>
/// 图1–图7 of a 部门决算 (spec §7), drawn from the report's figures whether or not the source printed the
/// chart: a chart is drawn only when every figure it needs is published (tables first, else the text's figures).
/// The change charts (图1, 图4, 图5) take the previous year from the site's previous report, else from what this
/// report's text states (stated_figures.previous_year): the previous value where printed, else this year's value less
/// the stated change; the bar's label says which ("2022年（本报告所述）", "2022年（按本报告所述增减）").
/// </summary>
public static class ReportChartsBuilder
{
    public static IReadOnlyList<ChartView> Build(Report report, Report? previous, UiStrings ui)
    {
        var now = ReportMetrics.For(report);
        var before = previous is null ? null : ReportMetrics.For(previous);
        var charts = new List<ChartView>();

        // 图N and its caption are the chart's official name (spec §7), shown in the site's language.
        string Number(int n) => ui.T("chart.number", n);
        string Caption(int n) => ui.T($"chart.fig{n}");

        void Change(string id, string number, string caption, string key)
        {
            if (now.GetValueOrDefault(key) is not { } current)
            {
                return;
            }

            if (before?.GetValueOrDefault(key) is { } old)
            {
                charts.Add(ChartView.Bar(id, number, caption, [new(ui.T("common.year", previous!.Year), old.Value), new(ui.T("common.year", report.Year), current.Value)]));
            }
            else if (StatedPrevious(report, key, current.Value, ui) is { } stated)
            {
                charts.Add(ChartView.Bar(id, number, caption, [stated, new(ui.T("common.year", report.Year), current.Value)]));
            }
        }

        void Structure(string id, string number, string caption, IReadOnlyList<ChartDatum>? parts, bool pie = true)
        {
            if (parts is { Count: > 0 } && parts.Any(p => p.Value > 0m))
            {
                charts.Add(pie ? ChartView.Pie(id, number, caption, parts) : ChartView.Bar(id, number, caption, parts));
            }
        }

        Change("fig1", Number(1), Caption(1), "grand_total");
        Structure("fig2", Number(2), Caption(2), Columns(report.Tables.Income, 1));
        Structure("fig3", Number(3), Caption(3), Columns(report.Tables.Expenditure, 1) ?? Parts(now, ui, "basic_expenditure", "project_expenditure"));
        Change("fig4", Number(4), Caption(4), "fiscal_grand_total");
        Change("fig5", Number(5), Caption(5), "general_budget_expenditure");
        Structure("fig6", Number(6), Caption(6),
            report.Tables.GeneralBudget?.Rows.Where(r => r.Depth == 1 && r.Amounts[0] is not null).Select(r => new ChartDatum(r.Name, r.Amounts[0]!.Value)).ToArray());
        // Bars, not a pie: the parts of 三公经费 are often 0.00, and a zero needs to be seen.
        Structure("fig7", Number(7), Caption(7), Parts(now, ui, "sangong_overseas", "sangong_vehicle_purchase", "sangong_vehicle_operation", "sangong_reception"), pie: false);
        return charts;
    }

    /// <summary>
    /// The previous year's bar from the report's own text: the stated previous value, else this year's less the stated
    /// change; null when the text states neither (or only a percentage, which a bar cannot be drawn from exactly).
    /// </summary>
    private static ChartDatum? StatedPrevious(Report report, string key, decimal current, UiStrings ui)
    {
        var stated = report.StatedFigures.ChangesOf(key).FirstOrDefault(c => c.Previous is not null || c.Change is not null);
        return stated switch
        {
            { Previous: { } value } => new ChartDatum(ui.T("chart.stated_previous", report.Year - 1), value),
            { Change: { } change } => new ChartDatum(ui.T("chart.derived_previous", report.Year - 1), current - change),
            _ => null,
        };
    }

    /// <summary>The 合计 row's columns from <paramref name="first"/> on, each labelled with its column name; null when any is unpublished.</summary>
    private static IReadOnlyList<ChartDatum>? Columns(CodedTable? table, int first)
    {
        var total = ReportFigures.TotalRow(table);
        if (table is null || total is null)
        {
            return null;
        }

        // Where the template prints nothing spent as a blank cell (上海), a blank is that zero; elsewhere it is unpublished.
        var blankIsZero = table.Info.Blank == BlankCell.Nothing;
        var amounts = total.Amounts.Skip(first).Select(a => a ?? (blankIsZero ? 0m : null)).ToArray();
        if (amounts.Any(a => a is null))
        {
            return null;
        }

        return table.Info.Form.Columns.Skip(first).Zip(amounts).Select(p => new ChartDatum(p.First.Name, p.Second!.Value)).ToArray();
    }

    /// <summary>The named metrics as chart data, or null unless every one is published.</summary>
    private static IReadOnlyList<ChartDatum>? Parts(IReadOnlyDictionary<string, MetricValue> metrics, UiStrings ui, params string[] keys)
    {
        var parts = keys.Select(k => (Key: StatedFigureKey.Find(k)!, Value: metrics.GetValueOrDefault(k))).ToArray();
        return parts.All(p => p.Value is not null) ? parts.Select(p => new ChartDatum(ui.Figure(p.Key.Key, p.Key.Label), p.Value!.Value)).ToArray() : null;
    }
}
