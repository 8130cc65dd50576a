using Portal.Core.Model;
using Portal.Core.Model.Tables;

namespace Portal.Build.OpenData;

/// <summary>
/// Flattens a report's published 公开 tables into <see cref="DataTable"/>s, figures exactly as printed.
/// Two-sided tables (公开01, 04) become one row per printed line with a 收支 column; an income line's
/// single amount is in the first amount column. 公开06 keeps its printed group as 栏组.
/// 公开09 has one row for 预算数 and one for 决算数.
/// </summary>
public static class StandardTableData
{
    [ThreadStatic]
    private static (Report Report, IReadOnlyList<DataTable> Tables)? _last;

    /// <summary><see cref="From"/>, remembered for the last report this thread asked about.</summary>
    public static IReadOnlyList<DataTable> Cached(Report report)
    {
        if (_last is { } last && ReferenceEquals(last.Report, report))
        {
            return last.Tables;
        }

        var tables = From(report);
        _last = (report, tables);
        return tables;
    }

    public static IReadOnlyList<DataTable> From(Report report)
    {
        var t = report.Tables;
        var tables = new List<DataTable>();
        AddTwoSided(tables, StandardTableSpec.T01, t.T01);
        AddCoded(tables, StandardTableSpec.T02, t.T02, "revenue");
        AddCoded(tables, StandardTableSpec.T03, t.T03, "expenditure");
        AddTwoSided(tables, StandardTableSpec.T04, t.T04);
        AddCoded(tables, StandardTableSpec.T05, t.T05, "expenditure");
        if (t.T06 is { } t06)
        {
            tables.Add(Economic(t06));
        }

        AddCoded(tables, StandardTableSpec.T07, t.T07, null);
        AddCoded(tables, StandardTableSpec.T08, t.T08, "expenditure");
        if (t.T09 is { } t09)
        {
            tables.Add(Sangong(t09));
        }

        return tables;
    }

    private static void AddTwoSided(List<DataTable> tables, StandardTableSpec spec, TwoSidedTable? table)
    {
        if (table is null)
        {
            return;
        }

        var columns = new List<DataColumn> { new("收支", DataColumnKind.Text), new("行次", DataColumnKind.Integer), new("项目", DataColumnKind.Text) };
        columns.AddRange(spec.Columns.Select(c => new DataColumn(c, DataColumnKind.Amount) { Phase = "executed" }));
        var rows = new List<IReadOnlyList<object?>>();
        rows.AddRange(Lines("收入", table.Income, spec.Columns.Count));
        rows.AddRange(Lines("支出", table.Expenditure, spec.Columns.Count));
        tables.Add(new DataTable(spec.Id, table.Info.Code, table.Info.Title, table.Info.Unit, columns, rows));
    }

    private static IEnumerable<IReadOnlyList<object?>> Lines(string side, IReadOnlyList<LineRow> lines, int amountColumns)
    {
        foreach (var line in lines.Where(l => l.Item is not null || l.Amounts.Any(a => a is not null)))
        {
            var row = new object?[3 + amountColumns];
            row[0] = side;
            row[1] = line.Line;
            row[2] = line.Item;
            for (var i = 0; i < Math.Min(amountColumns, line.Amounts.Count); i++)
            {
                row[3 + i] = line.Amounts[i];
            }

            yield return row;
        }
    }

    private static void AddCoded(List<DataTable> tables, StandardTableSpec spec, CodedTable? table, string? direction)
    {
        if (table is null)
        {
            return;
        }

        var columns = new List<DataColumn>
        {
            new("科目编码", DataColumnKind.Text) { Classification = "functional" },
            new("科目名称", DataColumnKind.Text),
        };
        columns.AddRange(spec.Columns.Select(c => new DataColumn(c, DataColumnKind.Amount) { Direction = direction, Phase = "executed" }));
        var rows = table.Rows.Select(r => (IReadOnlyList<object?>)[r.Code, r.Name, .. r.Amounts.Select(a => (object?)a)]).ToArray();
        tables.Add(new DataTable(spec.Id, table.Info.Code, table.Info.Title, table.Info.Unit, columns, rows));
    }

    private static DataTable Economic(EconomicDetailTable table)
    {
        var spec = StandardTableSpec.T06;
        DataColumn[] columns =
        [
            new("栏组", DataColumnKind.Integer),
            new("科目编码", DataColumnKind.Text) { Classification = "economic" },
            new("科目名称", DataColumnKind.Text),
            new("决算数", DataColumnKind.Amount) { Direction = "expenditure", Phase = "executed" },
        ];
        var rows = table.Groups
            .SelectMany((group, g) => group.Select(r => (IReadOnlyList<object?>)[g + 1, r.Code, r.Name, r.Amounts.Count > 0 ? r.Amounts[0] : null]))
            .ToArray();
        return new DataTable(spec.Id, table.Info.Code, table.Info.Title, table.Info.Unit, columns, rows);
    }

    private static DataTable Sangong(SangongTable table)
    {
        var spec = StandardTableSpec.T09;
        var columns = new List<DataColumn> { new("口径", DataColumnKind.Text) };
        columns.AddRange(spec.Columns.Select(c => new DataColumn(c, DataColumnKind.Amount) { Direction = "expenditure" }));
        var rows = new List<IReadOnlyList<object?>>();
        if (table.Budget is { } budget)
        {
            rows.Add(SangongRow("预算数", budget));
        }

        if (table.Actual is { } actual)
        {
            rows.Add(SangongRow("决算数", actual));
        }

        return new DataTable(spec.Id, table.Info.Code, table.Info.Title, table.Info.Unit, columns, rows);
    }

    private static IReadOnlyList<object?> SangongRow(string basis, SangongFigures f) =>
        [basis, f.Total, f.Overseas, f.Vehicles, f.VehiclePurchase, f.VehicleOperation, f.Reception];
}
