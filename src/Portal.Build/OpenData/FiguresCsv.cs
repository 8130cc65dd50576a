using Portal.Core.Model;

namespace Portal.Build.OpenData;

/// <summary>
/// <c>data/figures.csv</c>: every figure of the site in one tidy (long) table, one amount a row, whatever table or
/// report it is printed in: 部门, 年度, 表号 and the row's labels say where it is, 栏目 which printed column, 金额 the
/// amount exactly as printed, 单位 and 来源 what it is in and from. A table's 行 is its row in that table's own CSV, so
/// a row can be found again there. Figures the report states only in its text (stated_figures) have 表号 "正文".
/// </summary>
public static class FiguresCsv
{
    public const string TextTable = "正文";

    public static readonly IReadOnlyList<string> Header =
        ["部门", "部门标识", "年度", "表号", "表名", "行", "收支", "科目编码", "项目", "栏目", "金额", "单位", "来源"];

    /// <summary>The text columns that name a row, in the order they are looked for (two-sided 项目, coded 科目名称, 三公 口径).</summary>
    private static readonly string[] LabelColumns = ["项目", "科目名称", "口径"];

    /// <summary>
    /// Writes the file report by report (it holds every amount of the site: 100 MB at 1,000 reports): each report's
    /// rows, made with its other data, are read on every core, a batch of reports ahead, and written in the reports' order.
    /// </summary>
    internal static void Write(Stream destination, IReadOnlyList<ReportData> reports, int parallelism)
    {
        destination.Write(CsvFormat.Start(Header));
        foreach (var rows in Render.OrderedParallel.Map(reports, r => r.FigureRows(), parallelism, window: 64))
        {
            destination.Write(rows);
        }
    }

    /// <summary>One report's rows: each amount of its <paramref name="tables"/>, then each figure stated in its text.</summary>
    public static IEnumerable<IReadOnlyList<object?>> Rows(string departmentSlug, TableOrigin origin, IReadOnlyList<DataTable> tables, StatedFigures stated)
    {
        foreach (var table in tables)
        {
            int Find(string name) => table.Columns.ToList().FindIndex(c => c.Name == name);
            var side = Find("收支");
            var code = Find("科目编码");
            var label = LabelColumns.Select(Find).FirstOrDefault(i => i >= 0, table.Columns.ToList().FindIndex(c => c.Kind == DataColumnKind.Text));
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    if (table.Columns[c].Kind == DataColumnKind.Amount && row[c] is decimal amount)
                    {
                        yield return
                        [
                            origin.Department, departmentSlug, origin.Year, table.Code ?? table.Id, table.Title, r + 1,
                            side < 0 ? null : row[side], code < 0 ? null : row[code], label < 0 ? null : row[label],
                            table.Columns[c].Name, amount, table.Unit, origin.Source,
                        ];
                    }
                }
            }
        }

        foreach (var key in StatedFigureKey.All)
        {
            if (stated.Get(key.Key) is { } value)
            {
                yield return [origin.Department, departmentSlug, origin.Year, TextTable, null, null, null, null, key.Label, null, value, key.Unit, origin.Source];
            }
        }
    }
}
