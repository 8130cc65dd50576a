using Portal.Core.Model.Templates;

namespace Portal.Build.Import;

/// <summary>
/// Reads a table's grid in its form's shape: the header rows (as the form definition prints them) are passed over,
/// every other printed row becomes a row of the form, each cell exactly as printed — a blank cell stays blank, 0.00
/// stays 0.00, a code split into 类/款/项 columns is joined.
/// </summary>
internal static class TableReader
{
    /// <summary>Reads <paramref name="grid"/> into <paramref name="table"/>; false (and why, in the report) where its columns are not the form's.</summary>
    public static bool Read(ImportedTable table, LayoutGrid grid, ImportedReport report, bool isContinuation)
    {
        var form = table.Form;
        if (FormLayout.For(form, grid.ColumnCount) is not { } layout)
        {
            report.Problems.Add($"{grid.Where}：{form.Title} 印有 {grid.ColumnCount} 栏，模板 {report.Template.Name} 的这张表是 {FormLayout.LeafCount(form)} 栏{(form.Shape == FormShape.Economic ? "（每组）" : string.Empty)}：整张表未录入，请手工录入");
            return false;
        }

        table.Places.Add(grid.Where);
        var body = grid.HeaderRead ? grid.Rows.ToList() : grid.Rows.SkipWhile(layout.IsHeaderRow).ToList();
        if (!isContinuation && !grid.HeaderRead && body.Count == grid.Rows.Count && grid.Rows.Count > 0 && form.Header.Count > 0)
        {
            report.Problems.Add($"{grid.Where}：{form.Title} 没有找到与模板相同的表头，第一行按数据行录入，请核对");
        }

        switch (form.Shape)
        {
            case FormShape.Coded:
                foreach (var row in body.Where(r => r.Any(c => !c.IsEmpty)))
                {
                    table.Rows.Add(CodedRow(row, 0, layout.CodeColumns, form.Columns.Count, report, form));
                }

                break;
            case FormShape.TwoSided:
                var line = form.PrintsLineNumbers ? 1 : 0;
                var incomeWidth = 1 + line + form.IncomeColumns.Count;
                foreach (var row in body)
                {
                    table.Income.Add(SideRow(row, 0, line, form.IncomeColumns.Count, report, form));
                    table.Expenditure.Add(SideRow(row, incomeWidth, line, form.Columns.Count, report, form));
                }


                break;
            case FormShape.Economic:
                var width = grid.ColumnCount / layout.Groups;
                while (table.Groups.Count < layout.Groups)
                {
                    table.Groups.Add([]);
                }

                foreach (var row in body)
                {
                    for (var g = 0; g < layout.Groups; g++)
                    {
                        var cells = row.Skip(g * width).Take(width).ToArray();
                        if (cells.All(c => c.IsEmpty))
                        {
                            continue;
                        }

                        var read = CodedRow(cells, 0, layout.CodeColumns, 1, report, form);
                        var label = FormLayout.Normal(string.Concat(cells.Take(layout.CodeColumns + 1).Select(c => c.Text)));
                        if (label.Contains("人员经费合计", StringComparison.Ordinal))
                        {
                            table.PersonnelTotal = read[2];
                        }
                        else if (label.Contains("公用经费合计", StringComparison.Ordinal))
                        {
                            table.PublicTotal = read[2];
                        }
                        else
                        {
                            table.Groups[g].Add(read);
                        }
                    }
                }

                break;
            case FormShape.Fixed:
                var data = body.FirstOrDefault(r => r.Any(c => !c.IsEmpty)) ?? body.FirstOrDefault();
                for (var c = 0; c < form.Columns.Count; c++)
                {
                    table.Cells[form.Columns[c].Key] = data is null || c >= data.Count ? ImportedValue.Blank : Amount(data[c], report, form);
                }

                break;
            default:
                var rows = body.Where(r => r.Any(c => !c.IsEmpty)).ToList();
                if (form.Header.Count == 0 && !isContinuation && rows.Count > 0 && table.Header.Count == 0)
                {
                    // The template knows no header for this form: the print's first row is its header.
                    table.Header.AddRange(rows[0].Select(c => c.IsEmpty ? ImportedValue.Blank : new ImportedValue(c.Text, c.Where)));
                    rows.RemoveAt(0);
                }

                foreach (var row in rows)
                {
                    table.Rows.Add(row.Select(c => c.IsEmpty ? ImportedValue.Blank : new ImportedValue(c.Text, c.Where)).ToArray());
                }

                break;
        }

        return true;
    }

    /// <summary>
    /// Ends a table once its last part is read: a two-sided form's shorter side has blank lines below its last line
    /// to the other side's length, which are not lines of its own.
    /// </summary>
    public static void Finish(ImportedTable table)
    {
        TrimBlank(table.Income);
        TrimBlank(table.Expenditure);
    }

    private static void TrimBlank(List<IReadOnlyList<ImportedValue>> lines)
    {
        while (lines.Count > 0 && lines[^1].All(v => v.Text is null))
        {
            lines.RemoveAt(lines.Count - 1);
        }
    }

    /// <summary>[code, name, amounts…] from printed columns starting at <paramref name="from"/>.</summary>
    private static IReadOnlyList<ImportedValue> CodedRow(IReadOnlyList<LayoutCell> row, int from, int codeColumns, int amounts, ImportedReport report, FormDefinition form)
    {
        var codeCells = row.Skip(from).Take(codeColumns).Where(c => !c.IsEmpty).ToArray();
        var codeText = string.Concat(codeCells.Select(c => FormLayout.Normal(c.Text)));
        var nameCell = row[from + codeColumns];
        ImportedValue code, name;
        if (codeText.Length > 0 && !codeText.All(char.IsAsciiDigit))
        {
            // A 合计 printed across the code and name cells: its letters fall on both sides of the line between them.
            code = ImportedValue.Blank;
            name = new ImportedValue(TextJoin.Lines([codeText, nameCell.Text]), codeCells[0].Where);
        }
        else
        {
            code = codeText.Length == 0 ? ImportedValue.Blank : new ImportedValue(codeText, codeCells[0].Where);
            name = nameCell.IsEmpty ? ImportedValue.Blank : new ImportedValue(nameCell.Text, nameCell.Where);
        }

        var values = new List<ImportedValue> { code, name };
        for (var i = 0; i < amounts; i++)
        {
            var at = from + codeColumns + 1 + i;
            values.Add(at < row.Count ? Amount(row[at], report, form) : ImportedValue.Blank);
        }

        return values;
    }

    /// <summary>[(行次,) 项目, amounts…] of one side of a two-sided form; the print has 项目 before 行次.</summary>
    private static IReadOnlyList<ImportedValue> SideRow(IReadOnlyList<LayoutCell> row, int from, int line, int amounts, ImportedReport report, FormDefinition form)
    {
        var item = row[from].IsEmpty ? ImportedValue.Blank : new ImportedValue(row[from].Text, row[from].Where);
        var values = new List<ImportedValue>();
        if (line == 1)
        {
            var number = row[from + 1];
            values.Add(number.IsEmpty ? ImportedValue.Blank : new ImportedValue(FormLayout.Normal(number.Text), number.Where));
        }

        values.Add(item);
        for (var i = 0; i < amounts; i++)
        {
            values.Add(Amount(row[from + 1 + line + i], report, form));
        }

        return values;
    }

    private static ImportedValue Amount(LayoutCell cell, ImportedReport report, FormDefinition form)
    {
        if (cell.IsEmpty)
        {
            return ImportedValue.Blank;
        }

        if (Amounts.Clean(cell.Text) is { } figure)
        {
            return new ImportedValue(figure, cell.Where);
        }

        var normal = FormLayout.Normal(cell.Text);
        var heading = form.Header.SelectMany(r => r).Any(h => FormLayout.Normal(h.Text) == normal);
        report.Problems.Add(heading
            ? $"{cell.Where}：{form.Title} 的数据行里印着表头文字 “{cell.Text}”（原表的表头线少了一条），不是数字：录为空白，请核对"
            : $"{cell.Where}：{form.Title} 的金额栏印的是 “{cell.Text}”，不是数字：录为空白，请核对");
        return ImportedValue.Blank;
    }
}
