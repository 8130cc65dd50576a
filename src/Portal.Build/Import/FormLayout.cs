using Portal.Core.Model.Templates;

namespace Portal.Build.Import;

/// <summary>
/// How a form's printed columns line up with its template definition: which printed column is which leaf of the
/// header, which columns hold labels (code, name, 项目) and which header texts may stand above each. Read from the
/// form definition alone, so the importer keeps no list of tables of its own.
/// </summary>
internal sealed class FormLayout
{
    private readonly string[][] _headerTexts;
    private readonly bool[] _isLabel;

    private FormLayout(FormDefinition form, int printed, Func<int, int> leafOf, int codeColumns, int groups)
    {
        Form = form;
        Printed = printed;
        LeafOf = leafOf;
        CodeColumns = codeColumns;
        Groups = groups;
        var leaves = HeaderLeaves(form);
        var labelLeaves = LabelLeaves(form);
        _headerTexts = new string[printed][];
        _isLabel = new bool[printed];
        for (var c = 0; c < printed; c++)
        {
            var leaf = leafOf(c);
            _isLabel[c] = labelLeaves.Contains(leaf);
            _headerTexts[c] = leaves.Where(h => leaf >= h.From && leaf < h.To).Select(h => Normal(h.Text))
                .Concat(c < codeColumns && codeColumns > 1 ? ["类", "款", "项"] : [])
                .ToArray();
        }
    }

    public FormDefinition Form { get; }

    /// <summary>How many columns the print has.</summary>
    public int Printed { get; }

    /// <summary>The template's leaf column a printed column is.</summary>
    public Func<int, int> LeafOf { get; }

    /// <summary>How many printed columns the 科目编码 takes: 1 joined (2080505), 3 split into 类/款/项.</summary>
    public int CodeColumns { get; }

    /// <summary>How many side-by-side groups an economic form is printed in.</summary>
    public int Groups { get; }

    /// <summary>The layout of <paramref name="form"/> printed with <paramref name="printed"/> columns, or null where that cannot be this form.</summary>
    public static FormLayout? For(FormDefinition form, int printed)
    {
        var leaves = LeafCount(form);
        switch (form.Shape)
        {
            case FormShape.Coded when printed == leaves:
                return new FormLayout(form, printed, c => c, 1, 1);
            case FormShape.Coded when printed == leaves + 2:
                // 类/款/项 printed in three columns: all three are the code leaf.
                return new FormLayout(form, printed, c => c < 3 ? 0 : c - 2, 3, 1);
            case FormShape.Economic when leaves > 0 && printed % leaves == 0:
                return new FormLayout(form, printed, c => c % leaves, 1, printed / leaves);
            case FormShape.Economic when printed % (leaves + 1) == 0:
                // 类/款 printed in two columns in each group.
                return new FormLayout(form, printed, c => c % (leaves + 1) is var i && i < 2 ? 0 : i - 1, 2, printed / (leaves + 1));
            case FormShape.FreeForm when form.Columns.Count == 0 && printed > 0:
            case FormShape.TwoSided or FormShape.Fixed or FormShape.FreeForm when printed == leaves:
                return new FormLayout(form, printed, c => c, 1, 1);
            default:
                return null;
        }
    }

    /// <summary>How many leaf columns the form's header has (its printed columns, one group of an economic form).</summary>
    public static int LeafCount(FormDefinition form) =>
        form.Header.Count == 0 ? form.Columns.Count : HeaderLeaves(form).Select(h => h.To).DefaultIfEmpty(0).Max();

    public bool IsLabel(int printed) => _isLabel[printed];

    /// <summary>
    /// Whether a printed row is part of the header: every line of every cell is (part of) a header text standing
    /// above that column — a label column only takes label headings, so the 合计 row under 科目名称 is a row of
    /// figures although 合计 heads an amount column — or the row is the 栏次 row.
    /// </summary>
    public bool IsHeaderRow(IReadOnlyList<LayoutCell> row)
    {
        var cells = row.Select((cell, i) => (cell, i)).Where(p => !p.cell.IsEmpty).ToList();
        if (cells.Count == 0)
        {
            return false;
        }

        if (Normal(cells[0].cell.Text) is "栏次" or "行次")
        {
            return true;
        }

        foreach (var (cell, i) in cells)
        {
            if (i >= Printed)
            {
                return false;
            }

            foreach (var line in cell.Lines)
            {
                var text = Normal(line);
                if (text.Length == 0)
                {
                    continue;
                }

                if (Amounts.IsAmount(text) || !_headerTexts[i].Any(h => h.Contains(text, StringComparison.Ordinal)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public static string Normal(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>
    /// The text that heads each leaf column alone — the lowest header cell over it (科目名称, 财政拨款收入, 预算数) — as
    /// a table without ruled lines is matched to its header; null where a cell at the foot of the header spans several
    /// leaves, so its columns cannot be told apart by their headings.
    /// </summary>
    public static IReadOnlyList<string>? LeafTexts(FormDefinition form)
    {
        var leaves = HeaderLeaves(form);
        var texts = new string[LeafCount(form)];
        for (var c = 0; c < texts.Length; c++)
        {
            var lowest = leaves.Where(h => c >= h.From && c < h.To).MaxBy(h => h.Row + h.RowSpan);
            if (lowest is null || lowest.To - lowest.From != 1)
            {
                return null;
            }

            texts[c] = Normal(lowest.Text);
        }

        return texts;
    }

    /// <summary>Every header text of the form, without spaces: what a word printed in its header can be part of.</summary>
    public static IReadOnlyList<string> HeaderTexts(FormDefinition form) =>
        HeaderLeaves(form).Select(h => Normal(h.Text)).Where(t => t.Length > 0).Distinct().ToArray();

    private sealed record Leaf(string Text, int From, int To, int Row = 0, int RowSpan = 1);

    /// <summary>Every header cell with the leaf columns it spans, rows and columns spans placed as printed.</summary>
    private static List<Leaf> HeaderLeaves(FormDefinition form)
    {
        var taken = new Dictionary<(int Row, int Column), bool>();
        var leaves = new List<Leaf>();
        for (var r = 0; r < form.Header.Count; r++)
        {
            var column = 0;
            foreach (var cell in form.Header[r])
            {
                while (taken.ContainsKey((r, column)))
                {
                    column++;
                }

                for (var dr = 0; dr < cell.RowSpan; dr++)
                {
                    for (var dc = 0; dc < cell.ColumnSpan; dc++)
                    {
                        taken[(r + dr, column + dc)] = true;
                    }
                }

                leaves.Add(new Leaf(cell.Text, column, column + cell.ColumnSpan, r, cell.RowSpan));
                column += cell.ColumnSpan;
            }
        }

        return leaves;
    }

    /// <summary>The leaf columns that hold labels, not amounts: code and name, 项目 (and 行次) of each side.</summary>
    private static HashSet<int> LabelLeaves(FormDefinition form)
    {
        var line = form.PrintsLineNumbers ? 1 : 0;
        return form.Shape switch
        {
            FormShape.Coded => [0, 1],
            FormShape.Economic => [0, 1],
            FormShape.TwoSided => [.. Enumerable.Range(0, 1 + line), .. Enumerable.Range(1 + line + form.IncomeColumns.Count, 1 + line)],
            _ => [],
        };
    }
}

/// <summary>How a printed figure is read: thousands separators dropped, decimals kept as printed.</summary>
public static class Amounts
{
    public static bool IsAmount(string text) => Clean(text) is { } clean && decimal.TryParse(clean, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>The figure as YAML is to hold it (<c>1,234.50</c> → <c>1234.50</c>), or null where the text is no figure.</summary>
    public static string? Clean(string text)
    {
        var clean = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not ',' and not '，')).Replace('－', '-');
        if (clean.Length == 0 || clean.Count(c => c == '.') > 1 || !clean.All(c => char.IsAsciiDigit(c) || c is '.' or '-') || clean.IndexOf('-', 1) > 0 || clean is "-" or ".")
        {
            return null;
        }

        return clean;
    }
}
