using Portal.Core.Model;
using Portal.Core.Model.Tables;
using Portal.Core.Model.Templates;

namespace Portal.Build.OpenData;

/// <summary>
/// Flattens a report's published template tables into <see cref="DataTable"/>s, figures exactly as printed, columns
/// named as the form prints them. Two-sided tables (总表s) become one row per printed line with a 收支 column (and 行次
/// where printed); an income line's single amount is in the first amount column. The 经济分类 基本支出表 keeps its
/// printed group as 栏组. The 三公 table has one row for 预算数 and one for 决算数.
/// </summary>
public static class StandardTableData
{
    public static IReadOnlyList<DataTable> From(Report report)
    {
        var tables = new List<DataTable>();
        foreach (var table in report.Tables.All)
        {
            if (table switch
                {
                    TwoSidedTable t => TwoSided(t),
                    CodedTable t => Coded(t),
                    EconomicDetailTable t => Economic(t),
                    SangongTable t => Sangong(t),
                    FreeFormTable t => FreeForm(t),
                    _ => null,
                } is { } data)
            {
                tables.Add(data);
            }
        }

        return tables;
    }

    private static DataTable Of(TableInfo info, IReadOnlyList<DataColumn> columns, IReadOnlyList<IReadOnlyList<object?>> rows) =>
        new(info.Form.Id, info.Code, info.Title, info.Unit, columns, rows);

    private static DataTable TwoSided(TwoSidedTable table)
    {
        var form = table.Info.Form;
        var columns = new List<DataColumn> { new("收支", DataColumnKind.Text) };
        if (form.PrintsLineNumbers)
        {
            columns.Add(new("行次", DataColumnKind.Integer));
        }

        columns.Add(new("项目", DataColumnKind.Text));
        columns.AddRange(form.Columns.Select(c => new DataColumn(c.Name, DataColumnKind.Amount) { Phase = "executed" }));
        var rows = new List<IReadOnlyList<object?>>();
        rows.AddRange(Lines("收入", table.Income, form));
        rows.AddRange(Lines("支出", table.Expenditure, form));
        return Of(table.Info, columns, rows);
    }

    private static IEnumerable<IReadOnlyList<object?>> Lines(string side, IReadOnlyList<LineRow> lines, FormDefinition form)
    {
        var lead = form.PrintsLineNumbers ? 3 : 2;
        var amountColumns = form.Columns.Count;
        foreach (var line in lines.Where(l => l.Item is not null || l.Amounts.Any(a => a is not null)))
        {
            var row = new object?[lead + amountColumns];
            row[0] = side;
            if (form.PrintsLineNumbers)
            {
                row[1] = line.Line;
            }

            row[lead - 1] = line.Item;
            for (var i = 0; i < Math.Min(amountColumns, line.Amounts.Count); i++)
            {
                row[lead + i] = line.Amounts[i];
            }

            yield return row;
        }
    }

    /// <summary>Fiscal Data Package direction of a coded form's amounts: 收入表 revenue; a 收入支出 table (年初结转…) neither.</summary>
    private static string? DirectionOf(FormDefinition form) =>
        form.Role.Equals(TableRole.Income) ? "revenue" : form.HasColumn("opening") ? null : "expenditure";

    private static DataTable Coded(CodedTable table)
    {
        var form = table.Info.Form;
        var columns = new List<DataColumn>
        {
            new("科目编码", DataColumnKind.Text) { Classification = "functional" },
            new("科目名称", DataColumnKind.Text),
        };
        var direction = DirectionOf(form);
        columns.AddRange(form.Columns.Select(c => new DataColumn(c.Name, DataColumnKind.Amount) { Direction = direction, Phase = "executed" }));
        var rows = table.Rows.Select(r => (IReadOnlyList<object?>)[r.Code, r.Name, .. r.Amounts.Select(a => (object?)a)]).ToArray();
        return Of(table.Info, columns, rows);
    }

    private static DataTable Economic(EconomicDetailTable table)
    {
        DataColumn[] columns =
        [
            new("栏组", DataColumnKind.Integer),
            new("科目编码", DataColumnKind.Text) { Classification = "economic" },
            new("科目名称", DataColumnKind.Text),
            new(table.Info.Form.Columns[0].Name, DataColumnKind.Amount) { Direction = "expenditure", Phase = "executed" },
        ];
        var rows = table.Groups
            .SelectMany((group, g) => group.Select(r => (IReadOnlyList<object?>)[g + 1, r.Code, r.Name, r.Amounts.Count > 0 ? r.Amounts[0] : null]))
            .ToArray();
        return Of(table.Info, columns, rows);
    }

    private static DataTable Sangong(SangongTable table)
    {
        var columns = new List<DataColumn> { new("口径", DataColumnKind.Text) };
        columns.AddRange(SangongFigures.Items.Select(i => new DataColumn(i.Name, DataColumnKind.Amount) { Direction = "expenditure" }));
        var rows = new List<IReadOnlyList<object?>>();
        if (table.Budget is { } budget)
        {
            rows.Add(SangongRow("预算数", budget));
        }

        if (table.Actual is { } actual)
        {
            rows.Add(SangongRow("决算数", actual));
        }

        return Of(table.Info, columns, rows);
    }

    private static IReadOnlyList<object?> SangongRow(string basis, SangongFigures f) =>
        [basis, .. f.Values.Select(v => (object?)v)];

    /// <summary>A free-form table: its columns by the form (or the report's last header row), cells as printed.</summary>
    private static DataTable FreeForm(FreeFormTable table)
    {
        var form = table.Info.Form;
        var names = form.Columns.Count > 0
            ? form.Columns.Select(c => c.Name).ToArray()
            : table.Header.LastOrDefault()?.Select((c, i) => c.Text ?? $"栏{i + 1}").ToArray() ?? [];
        var width = Math.Max(names.Length, table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Count));
        var columns = Enumerable.Range(0, width)
            .Select(i => new DataColumn(i < names.Length ? names[i] : $"栏{i + 1}", table.Rows.All(r => i >= r.Count || r[i].Text is null) ? DataColumnKind.Amount : DataColumnKind.Text))
            .ToArray();
        var rows = table.Rows.Select(r => (IReadOnlyList<object?>)Enumerable.Range(0, width).Select(i => i < r.Count ? (object?)(r[i].Number ?? (object?)r[i].Text) : null).ToArray()).ToArray();
        return Of(table.Info, columns, rows);
    }
}
