using UglyToad.PdfPig.Content;
using Segment = Portal.Build.Import.Pdf.PdfLayoutReader.Segment;

namespace Portal.Build.Import.Pdf;

/// <summary>
/// One ruled table on a page: its rows are the bands between the horizontal lines that cross the whole table (a
/// line across part of it only divides header cells), its columns the gaps between the vertical lines that reach
/// its foot or run most of its height (a 合计 row may merge the code and name cells above the foot).
/// </summary>
internal sealed class Grid
{
    private const double Tolerance = 2.0;

    private readonly double[] _rows;
    private readonly double[] _columns;

    private Grid(double[] rows, double[] columns)
    {
        _rows = rows;
        _columns = columns;
    }

    public double Top => _rows[0];

    private double Bottom => _rows[^1];

    public bool Contains(double x, double y) => x > _columns[0] && x < _columns[^1] && y < _rows[0] && y > _rows[^1];

    /// <summary>Groups touching ruled lines into tables, each with at least two rows' and two columns' lines.</summary>
    public static List<Grid> Cluster(List<Segment> horizontal, List<Segment> vertical)
    {
        var all = horizontal.Select(h => (Horizontal: true, Line: h)).Concat(vertical.Select(v => (Horizontal: false, Line: v))).ToList();
        var parent = Enumerable.Range(0, all.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < all.Count; i++)
        {
            for (var j = i + 1; j < all.Count; j++)
            {
                if (Touch(all[i], all[j]))
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        var grids = new List<Grid>();
        foreach (var group in Enumerable.Range(0, all.Count).GroupBy(Find))
        {
            var h = group.Where(i => all[i].Horizontal).Select(i => all[i].Line).ToList();
            var v = group.Where(i => !all[i].Horizontal).Select(i => all[i].Line).ToList();
            if (h.Count >= 2 && v.Count >= 2 && From(h, v) is { } grid)
            {
                grids.Add(grid);
            }
        }

        return grids;
    }

    private static bool Touch((bool Horizontal, Segment Line) a, (bool Horizontal, Segment Line) b)
    {
        if (a.Horizontal == b.Horizontal)
        {
            return Math.Abs(a.Line.At - b.Line.At) <= Tolerance && a.Line.From <= b.Line.To + Tolerance && b.Line.From <= a.Line.To + Tolerance;
        }

        var (h, v) = a.Horizontal ? (a.Line, b.Line) : (b.Line, a.Line);
        return v.At >= h.From - Tolerance && v.At <= h.To + Tolerance && h.At >= v.From - Tolerance && h.At <= v.To + Tolerance;
    }

    private static Grid? From(List<Segment> horizontal, List<Segment> vertical)
    {
        var left = horizontal.Min(s => s.From);
        var right = horizontal.Max(s => s.To);
        var width = right - left;
        var rows = Merge(horizontal)
            .Where(line => line.Covered >= width * 0.9)
            .Select(line => line.At)
            .OrderByDescending(y => y)
            .ToArray();
        if (rows.Length < 2)
        {
            return null;
        }

        var top = rows[0];
        var bottom = rows[^1];
        var columns = Merge(vertical)
            .Where(line => line.Min <= bottom + Tolerance || line.Covered >= (top - bottom) * 0.4)
            .Select(line => line.At)
            .Order()
            .ToArray();
        return columns.Length < 2 ? null : new Grid(rows, columns);
    }

    private sealed record Merged(double At, double Covered, double Min);

    /// <summary>Segments on one line (within the tolerance) as one line: the length they cover together and where it starts.</summary>
    private static IEnumerable<Merged> Merge(List<Segment> segments)
    {
        foreach (var group in Cluster1D(segments))
        {
            var spans = group.OrderBy(s => s.From).ToList();
            double covered = 0, end = double.MinValue;
            foreach (var s in spans)
            {
                var from = Math.Max(s.From, end);
                if (s.To > from)
                {
                    covered += s.To - from;
                }

                end = Math.Max(end, s.To);
            }

            yield return new Merged(group.Average(s => s.At), covered, spans.Min(s => s.From));
        }
    }

    private static IEnumerable<List<Segment>> Cluster1D(List<Segment> segments)
    {
        var sorted = segments.OrderBy(s => s.At).ToList();
        var current = new List<Segment>();
        foreach (var s in sorted)
        {
            if (current.Count > 0 && s.At - current[^1].At > Tolerance)
            {
                yield return current;
                current = [];
            }

            current.Add(s);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    /// <summary>The table's cells: each letter in the row band and column its centre falls in, read as lines.</summary>
    public LayoutGrid Build(List<Glyph> letters, Page page)
    {
        var cells = new List<Glyph>[_rows.Length - 1, _columns.Length - 1];
        foreach (var letter in letters)
        {
            var x = letter.CentreX;
            var y = letter.CentreY;
            var row = Array.FindIndex(_rows, r => r < y) - 1;
            var column = Array.FindIndex(_columns, c => c > x) - 1;
            if (row >= 0 && column >= 0)
            {
                (cells[row, column] ??= []).Add(letter);
            }
        }

        var rows = new List<IReadOnlyList<LayoutCell>>();
        for (var r = 0; r < _rows.Length - 1; r++)
        {
            var row = new LayoutCell[_columns.Length - 1];
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = cells[r, c] is { Count: > 0 } inCell
                    ? Cell(inCell, page)
                    : LayoutCell.Empty;
            }

            rows.Add(row);
        }

        return new LayoutGrid(rows, page.Number, PdfLayoutReader.Where(page, _columns[0], Top));
    }

    private static LayoutCell Cell(List<Glyph> letters, Page page)
    {
        var lines = PrintedText.Lines(letters);
        return new LayoutCell(lines.Select(l => l.Text).ToArray(), PdfLayoutReader.Where(page, lines[0].Left, lines[0].Baseline));
    }
}
