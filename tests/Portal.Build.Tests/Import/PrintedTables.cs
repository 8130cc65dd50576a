using System.Globalization;
using Portal.Core.Model.Templates;
using YamlDotNet.RepresentationModel;

namespace Portal.Build.Tests.Import;

/// <summary>A header cell as a test document prints it, with its column and row spans.</summary>
public sealed record PrintedCell(string Text, int Columns = 1, int Rows = 1);

/// <summary>A table as a test document prints it: label, title, header rows (with spans), body rows, notes.</summary>
public sealed record PrintedTable(string? Label, string Title, IReadOnlyList<IReadOnlyList<PrintedCell>> Header, IReadOnlyList<IReadOnlyList<string>> Body, IReadOnlyList<string> Notes)
{
    /// <summary>How many columns the table prints: its widest body row or its header's first row.</summary>
    public int Width => Math.Max(Body.Select(r => r.Count).DefaultIfEmpty(0).Max(), Header.Count == 0 ? 0 : Header[0].Sum(c => c.Columns));
}

/// <summary>
/// Prints a report YAML's template tables as a department's Word or Excel file would: each form's title and header
/// from its template definition, its rows in the printed order (two-sided forms side by side, economic groups side
/// by side), optionally with the code split into 类/款/项 columns and thousands separators in the figures.
/// </summary>
public static class PrintedTables
{
    public static List<PrintedTable> From(string yaml, TableTemplate template, bool splitCodes = false, bool thousands = false)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var tables = Child(stream.Documents[0].RootNode, "tables") as YamlMappingNode;
        var printed = new List<PrintedTable>();
        foreach (var form in template.Forms)
        {
            if (tables is null || Child(tables, form.Id) is not YamlMappingNode table)
            {
                continue;
            }

            string A(YamlNode? node) => Text(node) is { } t && thousands ? Thousands(t) : Text(node) ?? string.Empty;
            var split = splitCodes && form.Shape == FormShape.Coded;
            var header = split ? SplitHeader(form.Header) : form.Header.Select(r => (IReadOnlyList<PrintedCell>)r.Select(c => new PrintedCell(c.Text, c.ColumnSpan, c.RowSpan)).ToArray()).ToList();
            var body = new List<IReadOnlyList<string>>();
            switch (form.Shape)
            {
                case FormShape.Coded:
                    foreach (var row in Rows(table, "rows"))
                    {
                        var code = Text(row[0]) ?? string.Empty;
                        var codes = split ? new[] { Part(code, 0, 3), Part(code, 3, 2), Part(code, 5, 2) } : [code];
                        body.Add([.. codes, Text(row[1]) ?? string.Empty, .. row.Skip(2).Select(A)]);
                    }

                    break;
                case FormShape.TwoSided:
                    var income = Rows(table, "income");
                    var expenditure = Rows(table, "expenditure");
                    string[] Side(IReadOnlyList<YamlNode>? row, int amounts)
                    {
                        if (row is null)
                        {
                            return Enumerable.Repeat(string.Empty, 1 + (form.PrintsLineNumbers ? 1 : 0) + amounts).ToArray();
                        }

                        var lead = form.PrintsLineNumbers ? 2 : 1;
                        // The print has 项目 before 行次; the YAML has 行次 first.
                        IEnumerable<string> labels = form.PrintsLineNumbers ? [Text(row[1]) ?? string.Empty, Text(row[0]) ?? string.Empty] : [Text(row[0]) ?? string.Empty];
                        return [.. labels, .. row.Skip(lead).Select(A)];
                    }

                    for (var i = 0; i < Math.Max(income.Count, expenditure.Count); i++)
                    {
                        body.Add([.. Side(i < income.Count ? income[i] : null, form.IncomeColumns.Count), .. Side(i < expenditure.Count ? expenditure[i] : null, form.Columns.Count)]);
                    }

                    break;
                case FormShape.Economic:
                    var groups = (Child(table, "groups") as YamlSequenceNode)?.Children.Select(g => ((YamlSequenceNode)g).Children.Select(r => ((YamlSequenceNode)r).Children.ToArray()).ToArray()).ToArray() ?? [];
                    var count = Math.Max(1, groups.Length);
                    header = [.. header.Select(r => (IReadOnlyList<PrintedCell>)Enumerable.Repeat(r, count).SelectMany(c => c).ToArray())];
                    for (var i = 0; i < groups.Select(g => g.Length).DefaultIfEmpty(0).Max(); i++)
                    {
                        body.Add(groups.SelectMany(g => i < g.Length ? new[] { Text(g[i][0]) ?? string.Empty, Text(g[i][1]) ?? string.Empty, A(g[i][2]) } : ["", "", ""]).ToArray());
                    }

                    var totals = new List<string[]>();
                    if (Child(table, "personnel_total") is { } personnel)
                    {
                        totals.Add(["", "人员经费合计", A(personnel)]);
                    }

                    if (Child(table, "public_total") is { } @public)
                    {
                        totals.Add(["", "公用经费合计", A(@public)]);
                    }

                    if (count >= totals.Count)
                    {
                        body.Add([.. totals.SelectMany(t => t), .. Enumerable.Repeat(string.Empty, 3 * (count - totals.Count))]);
                    }
                    else
                    {
                        body.AddRange(totals);
                    }

                    break;
                case FormShape.Fixed:
                    body.Add(form.Columns.Select(c => c.Key.Split('.')).Select(k => A(Child(Child(table, k[0]), k[1]))).ToArray());
                    break;
                default:
                    if (form.Header.Count == 0 && Child(table, "header") is YamlSequenceNode own)
                    {
                        header = [.. own.Children.Select(r => (IReadOnlyList<PrintedCell>)((YamlSequenceNode)r).Children.Select(c => new PrintedCell(Text(c) ?? string.Empty)).ToArray())];
                    }

                    body.AddRange(Rows(table, "rows").Select(r => (IReadOnlyList<string>)r.Select(A).ToArray()));
                    break;
            }

            var notes = (Child(table, "notes") as YamlSequenceNode)?.Children.Select(n => Text(n)!).ToList() ?? [];
            if (Text(Child(table, "no_data")) is { } noData)
            {
                notes.Add(noData);
            }

            printed.Add(new PrintedTable(form.Label, form.Title, header, body, notes));
        }

        return printed;
    }

    /// <summary>The code leaf widened to the three 类/款/项 columns.</summary>
    private static List<IReadOnlyList<PrintedCell>> SplitHeader(IReadOnlyList<IReadOnlyList<HeaderCell>> header)
    {
        var taken = new HashSet<(int, int)>();
        var rows = new List<IReadOnlyList<PrintedCell>>();
        for (var r = 0; r < header.Count; r++)
        {
            var column = 0;
            var row = new List<PrintedCell>();
            foreach (var cell in header[r])
            {
                while (taken.Contains((r, column)))
                {
                    column++;
                }

                for (var dr = 0; dr < cell.RowSpan; dr++)
                {
                    for (var dc = 0; dc < cell.ColumnSpan; dc++)
                    {
                        taken.Add((r + dr, column + dc));
                    }
                }

                row.Add(new PrintedCell(cell.Text, column == 0 ? cell.ColumnSpan + 2 : cell.ColumnSpan, cell.RowSpan));
                column += cell.ColumnSpan;
            }

            rows.Add(row);
        }

        return rows;
    }

    private static string Part(string code, int from, int length) => code.Length >= from + length ? code.Substring(from, length) : string.Empty;

    private static string Thousands(string amount)
    {
        if (!decimal.TryParse(amount, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || Math.Abs(value) < 1000)
        {
            return amount;
        }

        var dot = amount.IndexOf('.');
        var whole = dot < 0 ? amount : amount[..dot];
        var sign = whole.StartsWith('-') ? "-" : string.Empty;
        var digits = whole.TrimStart('-');
        var grouped = string.Join(",", Enumerable.Range(0, (digits.Length + 2) / 3).Select(i => digits.Substring(Math.Max(0, digits.Length - 3 * (i + 1)), Math.Min(3, digits.Length - 3 * i))).Reverse());
        return sign + grouped + (dot < 0 ? string.Empty : amount[dot..]);
    }

    private static List<IReadOnlyList<YamlNode>> Rows(YamlNode table, string key) =>
        (Child(table, key) as YamlSequenceNode)?.Children.Select(r => (IReadOnlyList<YamlNode>)((YamlSequenceNode)r).Children.ToArray()).ToList() ?? [];

    private static string? Text(YamlNode? node) =>
        node is YamlScalarNode { Value: var v } scalar && !(scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && v is "null" or "~" or "") ? v : null;

    private static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
}
