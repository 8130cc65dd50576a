using System.Globalization;
using Portal.Core.Model.Templates;

namespace Portal.Build.Import;

/// <summary>
/// A form's table printed without ruled lines, rebuilt from where its words stand. The header is found by the
/// form's own header texts (a heading wrapped over two lines is one heading again); each column runs between its
/// neighbours' headings, its edge in the white gap the figures below leave there (else midway); rows are the
/// baselines below, a name wrapped round a row's figures belonging to that row. Cells are then read as a ruled
/// table's are (<see cref="TableReader"/>). Nothing is guessed: a heading not found stops the table, a word across
/// two columns is reported, and every column says which heading it came from.
/// </summary>
internal static class UnruledTable
{
    /// <summary>
    /// What was read: a grid per page, how many of the lines it took, what it could not place, and how each column was
    /// found; or <see cref="Missing"/> — the headings it did not find — and nothing else.
    /// </summary>
    public sealed record Result(IReadOnlyList<LayoutGrid> Grids, int Consumed, IReadOnlyList<string> Problems, IReadOnlyList<string> Columns, IReadOnlyList<string> Missing)
    {
        public bool Succeeded => Missing.Count == 0 && Grids.Count > 0;
    }

    /// <summary>A run of letters with no gap wider than a little over half a letter: what is placed in a column whole.</summary>
    private sealed record Word(IReadOnlyList<Glyph> Glyphs, int Line)
    {
        public string Text => string.Concat(Glyphs.Select(g => g.Value));

        public double Left => Glyphs[0].Left;

        public double Right => Glyphs[^1].Right;

        public double Baseline => Glyphs[0].Baseline;

        public double Size => Glyphs.Max(g => g.Size);
    }

    /// <summary>One heading of the print: its words top to bottom (and left to right on a line).</summary>
    private sealed class Heading(Word first)
    {
        public List<Word> Words { get; } = [first];

        public string Text => string.Concat(Words.Select(w => FormLayout.Normal(w.Text)));

        public double Left => Words.Min(w => w.Left);

        public double Right => Words.Max(w => w.Right);

        public double Centre => (Left + Right) / 2;

        public double LastBaseline => Words[^1].Baseline;
    }

    private sealed record Header(List<Heading> Columns, int Start, int End, HashSet<Word> Words);

    public static Result Read(FormDefinition form, IReadOnlyList<TextLine> lines)
    {
        var leaves = FormLayout.LeafTexts(form);
        if (form.Header.Count == 0 || leaves is null)
        {
            return new Result([], 0, [], [], ["（模板中这张表没有逐栏的表头）"]);
        }

        // A code printed in 类/款/项 columns has those three headings under its own (Hunan's split codes).
        var texts = form.Shape is FormShape.Coded or FormShape.Economic ? [.. FormLayout.HeaderTexts(form), .. CodeParts] : FormLayout.HeaderTexts(form);
        var words = lines.Select((line, i) => Words(line, i)).ToList();
        var header = FindHeader(form, leaves, texts, words, lines, 0, out var missing);
        if (header is null)
        {
            return new Result([], 0, [], [], missing);
        }

        var grids = new List<LayoutGrid>();
        var problems = new List<string>();
        var columns = new List<string>();
        var at = header.End;
        var page = lines[header.Start].Page;
        while (true)
        {
            var body = BodyWords(header, words, lines, ref at, page, form);
            var layout = FormLayout.For(form, header.Columns.Count)!;
            var edges = Edges(header.Columns, body.SelectMany(b => b), columns, form, page);
            // Where the table stands on this page: its header, or on a page it goes on to, its first row.
            var top = header.Words.Count > 0 ? header.Columns.Max(h => h.Words[0].Baseline) : body.SelectMany(b => b).Max(w => w.Baseline);
            grids.Add(Grid(form, layout, header.Columns, edges, body, page, top, problems));
            if (at >= lines.Count || lines[at].Page == page)
            {
                break;
            }

            // The table may go on over the page: under its header printed again, or straight on in the same columns.
            page = lines[at].Page;
            if (FindHeader(form, leaves, texts, words, lines, at, out _) is { } again)
            {
                header = again;
                at = again.End;
                continue;
            }

            if (words[at].Count == 0 || !words[at].All(w => Column(edges, w, layout) is not null))
            {
                break;
            }

            header = header with { Start = at, End = at, Words = [] };
        }

        return new Result(grids, at, problems, columns, []);
    }

    /// <summary>A line's letters cut into words where the gap between two letters is wider than 0.6 of a letter.</summary>
    private static List<Word> Words(TextLine line, int index)
    {
        var words = new List<Word>();
        if (line.Glyphs is null)
        {
            return words;
        }

        var current = new List<Glyph>();
        foreach (var glyph in line.Glyphs.Where(g => !string.IsNullOrWhiteSpace(g.Value)).OrderBy(g => g.Left))
        {
            if (current.Count > 0 && glyph.Left - current[^1].Right > Math.Max(glyph.Size, 1) * 0.6)
            {
                words.Add(new Word(current, index));
                current = [];
            }

            current.Add(glyph);
        }

        if (current.Count > 0)
        {
            words.Add(new Word(current, index));
        }

        return words;
    }

    /// <summary>
    /// The header from line <paramref name="from"/> down, on that page: lines made only of pieces of the form's header
    /// texts, until every leaf heading stands complete, left to right (an economic form's headings repeat per group).
    /// Null, with the headings not found, where a line of anything else comes first.
    /// </summary>
    private static readonly string[] CodeParts = ["类", "款", "项"];

    private static Header? FindHeader(FormDefinition form, IReadOnlyList<string> leaves, IReadOnlyList<string> texts, List<List<Word>> words, IReadOnlyList<TextLine> lines, int from, out IReadOnlyList<string> missing)
    {
        bool IsPiece(string text) => text.Length > 0 && !Amounts.IsAmount(text) && texts.Any(t => t.Contains(text, StringComparison.Ordinal));
        var headings = new List<Heading>();
        missing = leaves;
        for (var i = from; i < lines.Count && lines[i].Page == lines[from].Page; i++)
        {
            if (words[i].Count == 0)
            {
                continue;
            }

            if (!words[i].All(w => IsPiece(FormLayout.Normal(w.Text))))
            {
                return null;
            }

            Heading? left = null;
            foreach (var word in words[i])
            {
                var text = FormLayout.Normal(word.Text);
                // A heading printed letter-spaced on its line (项　目), or wrapped onto this line from the one above.
                if (left is not null && word.Left - left.Right <= word.Size * 2.5 && IsPiece(left.Text + text))
                {
                    left.Words.Add(word);
                    continue;
                }

                var above = headings
                    .Where(h => h.LastBaseline - word.Baseline > word.Size * 0.3 && h.LastBaseline - word.Baseline <= word.Size * 2.2)
                    .Where(h => Math.Min(h.Right, word.Right) - Math.Max(h.Left, word.Left) > 0 && IsPiece(h.Text + text))
                    .MaxBy(h => Math.Min(h.Right, word.Right) - Math.Max(h.Left, word.Left));
                if (above is not null)
                {
                    above.Words.Add(word);
                    left = above;
                    continue;
                }

                left = new Heading(word);
                headings.Add(left);
            }

            if (Match(form, leaves, headings, out missing) is { } columns)
            {
                // The 类 款 项 line under a complete header is the header's too.
                if (i + 1 < lines.Count && lines[i + 1].Page == lines[from].Page && words[i + 1].Count > 0 && words[i + 1].All(w => CodeParts.Contains(FormLayout.Normal(w.Text))))
                {
                    i++;
                    headings.AddRange(words[i].Select(w => new Heading(w)));
                }

                columns = SplitCodes(form, leaves.Count, columns, headings);
                // Words of the header's lines that head no column and stand below the heading of the column they are in
                // are the first row's (a 合计 printed on the line of the last headings).
                var used = new HashSet<Word>(headings.Where(h => columns.Contains(h) || !BelowItsColumn(h, columns)).SelectMany(h => h.Words));
                return new Header(columns, from, i + 1, used);
            }
        }

        return null;
    }

    /// <summary>
    /// Each code heading with 类 款 项 (an economic form: 类 款) printed under it, between it and the name heading,
    /// replaced by those: the code is printed in that many columns, and joined again when read.
    /// </summary>
    private static List<Heading> SplitCodes(FormDefinition form, int leaves, List<Heading> columns, List<Heading> headings)
    {
        if (form.Shape is not (FormShape.Coded or FormShape.Economic))
        {
            return columns;
        }

        var want = form.Shape == FormShape.Coded ? CodeParts : CodeParts[..2];
        var split = new List<Heading>();
        for (var g = 0; g < columns.Count; g += leaves)
        {
            var code = columns[g];
            var before = g == 0 ? double.MinValue : columns[g - 1].Right;
            var parts = headings.Where(h => want.Contains(h.Text) && h.Centre > before && h.Centre < columns[g + 1].Left && h.Words[0].Baseline < code.LastBaseline)
                .OrderBy(h => h.Centre).ToList();
            split.AddRange(parts.Select(p => p.Text).SequenceEqual(want) ? parts : [code]);
            split.AddRange(columns.Skip(g + 1).Take(leaves - 1));
        }

        return split;
    }

    private static bool BelowItsColumn(Heading heading, List<Heading> columns)
    {
        var column = columns.MinBy(c => Math.Abs(c.Centre - heading.Centre))!;
        return heading.Words[0].Baseline < column.LastBaseline - heading.Words[0].Size * 0.3;
    }

    /// <summary>The headings of the columns, left to right, or null and the leaf headings not found.</summary>
    private static List<Heading>? Match(FormDefinition form, IReadOnlyList<string> leaves, List<Heading> headings, out IReadOnlyList<string> missing)
    {
        var ordered = headings.OrderBy(h => h.Centre).ToList();
        var columns = new List<Heading>();
        var at = 0;
        var notFound = new List<string>();
        do
        {
            var group = new List<Heading>();
            notFound.Clear();
            var from = at;
            foreach (var leaf in leaves)
            {
                var found = ordered.FindIndex(from, h => h.Text == leaf);
                if (found < 0)
                {
                    notFound.Add(leaf);
                    continue;
                }

                group.Add(ordered[found]);
                from = found + 1;
            }

            if (notFound.Count > 0)
            {
                break;
            }

            columns.AddRange(group);
            at = from;
        }
        while (form.Shape == FormShape.Economic && at < ordered.Count);

        missing = columns.Count > 0 ? [] : notFound.ToArray();
        return columns.Count > 0 ? columns : null;
    }

    /// <summary>
    /// The words of the table's rows on this page: the header's lines' words that head nothing, then every line below
    /// to the page's end, or a two-sided form's 总计 line.
    /// </summary>
    private static List<List<Word>> BodyWords(Header header, List<List<Word>> words, IReadOnlyList<TextLine> lines, ref int at, int page, FormDefinition form)
    {
        var body = new List<List<Word>>();
        for (var i = header.Start; i < header.End; i++)
        {
            body.Add(words[i].Where(w => !header.Words.Contains(w)).ToList());
        }

        while (at < lines.Count && lines[at].Page == page)
        {
            body.Add(words[at]);
            var total = form.Shape == FormShape.TwoSided && words[at].Any(w => FormLayout.Normal(w.Text).EndsWith("总计", StringComparison.Ordinal));
            at++;
            if (total)
            {
                break;
            }
        }

        return body.Where(b => b.Count > 0).ToList();
    }

    /// <summary>
    /// The x of the edge between each two neighbouring columns: the middle of the widest white gap the rows leave
    /// between the two headings (a word crossing the whole gap leaves none, and is reported), else midway.
    /// </summary>
    private static double[] Edges(List<Heading> columns, IEnumerable<Word> body, List<string> notes, FormDefinition form, int page)
    {
        var words = body.ToList();
        var edges = new double[columns.Count - 1];
        var described = new List<string>();
        for (var c = 0; c < edges.Length; c++)
        {
            var (from, to) = columns[c].Right < columns[c + 1].Left
                ? (columns[c].Right, columns[c + 1].Left)
                : (columns[c].Centre, columns[c + 1].Centre);
            var covered = words.Where(w => w.Right > from && w.Left < to && !(w.Left <= from && w.Right >= to))
                .Select(w => (Math.Max(w.Left, from), Math.Min(w.Right, to)))
                .OrderBy(s => s.Item1)
                .ToList();
            double best = 0, edge = (from + to) / 2, x = from;
            foreach (var (left, right) in covered.Append((to, to)))
            {
                if (left - x > best)
                {
                    best = left - x;
                    edge = (x + left) / 2;
                }

                x = Math.Max(x, right);
            }

            edges[c] = edge;
            described.Add(string.Create(CultureInfo.InvariantCulture, $"{edge:F0}{(best > 0.5 ? string.Empty : "（两表头正中，该处无空隙）")}"));
        }

        var list = string.Join(" | ", columns.Select((h, c) => $"“{h.Text}”" + (c < edges.Length ? $" | {described[c]}" : string.Empty)));
        notes.Add($"{form.Title}（第{page}页，无表格线）：栏据表头定出，栏界 x = {list}");
        return edges;
    }

    /// <summary>The column a word lies in; null where it crosses an edge (a code and name printed as one, under one 项目, is split as a ruled cell's letters are).</summary>
    private static int? Column(double[] edges, Word word, FormLayout layout)
    {
        var first = Array.FindIndex(edges, e => e > word.Left + 0.5);
        first = first < 0 ? edges.Length : first;
        var last = Array.FindIndex(edges, e => e > word.Right - 0.5);
        last = last < 0 ? edges.Length : last;
        if (first == last)
        {
            return first;
        }

        var labels = layout.Form.Shape is FormShape.Coded or FormShape.Economic && Enumerable.Range(first, last - first + 1).All(layout.IsLabel);
        return labels ? -1 : null;
    }

    private static LayoutGrid Grid(FormDefinition form, FormLayout layout, List<Heading> columns, double[] edges, List<List<Word>> body, int page, double top, List<string> problems)
    {
        // Each line's words by column; a word across an edge is reported and left out.
        var placed = new List<List<(int Column, Glyph Glyph)>>();
        foreach (var line in body)
        {
            var cells = new List<(int, Glyph)>();
            foreach (var word in line)
            {
                switch (Column(edges, word, layout))
                {
                    case -1:
                        cells.AddRange(word.Glyphs.Select(g => (Array.FindIndex(edges, e => e > g.CentreX) is var c and >= 0 ? c : edges.Length, g)));
                        break;
                    case int column:
                        cells.AddRange(word.Glyphs.Select(g => (column, g)));
                        break;
                    default:
                        problems.Add($"{PrintedText.Where(page, word.Left, word.Baseline)}：{form.Title} 没有表格线，“{word.Text}”跨在两栏（{string.Join("、", Crossed(edges, word, columns))}）的界线上，不能确定属于哪一栏：未录入，请核对");
                        break;
                }
            }

            placed.Add(cells);
        }

        // A line with only a name, close above or below a line of figures, is that row's name wrapped round them.
        var rowOf = new int[placed.Count];
        bool Wrapped(int i) => placed[i].Count > 0 && placed[i].Select(p => p.Column).Distinct().Count() == 1 && layout.IsLabel(placed[i][0].Column);
        double Baseline(int i) => placed[i].Max(p => p.Glyph.Baseline);
        var anchors = Enumerable.Range(0, placed.Count).Where(i => placed[i].Count > 0 && !Wrapped(i)).ToList();
        for (var i = 0; i < placed.Count; i++)
        {
            rowOf[i] = placed[i].Count == 0 ? -2 : Wrapped(i) ? -1 : i;
        }

        // Lines of one cell stand closer together than rows do: a name line joins a row only nearer than 3/4 of the
        // rows' usual spacing (and 1.6 letters), so a row printed with its name alone stays a row.
        var pitches = anchors.Zip(anchors.Skip(1), (a, b) => Baseline(a) - Baseline(b)).Where(d => d > 0).Order().ToList();
        var pitch = pitches.Count == 0 ? double.MaxValue : pitches[pitches.Count / 2] * 0.75;
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < placed.Count; i++)
            {
                if (rowOf[i] != -1)
                {
                    continue;
                }

                var size = placed[i].Max(p => p.Glyph.Size);
                var near = (pass == 0 ? anchors : Enumerable.Range(0, placed.Count).Where(j => j != i && rowOf[j] >= 0 && rowOf[j] != j && placed[j][0].Column == placed[i][0].Column))
                    .Select(j => (Row: rowOf[j], Distance: Math.Abs(Baseline(j) - Baseline(i))))
                    .Where(n => n.Distance < Math.Min(pitch, size * 1.6))
                    .OrderBy(n => n.Distance)
                    .ToList();
                if (near.Count > 1 && near[1].Row != near[0].Row && near[1].Distance - near[0].Distance < 0.5)
                {
                    problems.Add($"{PrintedText.Where(page, placed[i][0].Glyph.Left, Baseline(i))}：{form.Title} 没有表格线，“{string.Concat(placed[i].Select(p => p.Glyph.Value))}”与上下两行一样近，不能确定属于哪一行：未录入，请核对");
                    rowOf[i] = -2;
                }
                else if (near.Count > 0)
                {
                    rowOf[i] = near[0].Row;
                }
            }
        }

        var rows = new List<IReadOnlyList<LayoutCell>>();
        foreach (var row in Enumerable.Range(0, placed.Count).Where(i => rowOf[i] == i || rowOf[i] == -1).OrderByDescending(Baseline))
        {
            var glyphs = Enumerable.Range(0, placed.Count).Where(i => rowOf[i] == row || (i == row && rowOf[i] == -1)).SelectMany(i => placed[i]).ToList();
            var cells = new LayoutCell[columns.Count];
            for (var c = 0; c < cells.Length; c++)
            {
                var inCell = glyphs.Where(p => p.Column == c).Select(p => p.Glyph).ToList();
                if (inCell.Count == 0)
                {
                    cells[c] = LayoutCell.Empty;
                    continue;
                }

                var printed = PrintedText.Lines(inCell);
                cells[c] = new LayoutCell(printed.Select(l => l.Text).ToArray(), $"{PrintedText.Where(page, printed[0].Left, printed[0].Baseline)} 栏“{columns[c].Text}”");
            }

            rows.Add(cells);
        }

        return new LayoutGrid(rows, page, $"{PrintedText.Where(page, columns[0].Left, top)}（无表格线）") { HeaderRead = true, Printed = columns.Count };
    }

    private static IEnumerable<string> Crossed(double[] edges, Word word, List<Heading> columns)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var left = c == 0 ? double.MinValue : edges[c - 1];
            var right = c == edges.Length ? double.MaxValue : edges[c];
            if (word.Right > left && word.Left < right)
            {
                yield return $"“{columns[c].Text}”";
            }
        }
    }
}
