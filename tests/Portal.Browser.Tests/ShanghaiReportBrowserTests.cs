using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Build.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Portal.Browser.Tests;

/// <summary>
/// The Shanghai sample report (中共上海市普陀区委社会工作部 2024) as the browser shows it, against the published PDF
/// it was transcribed from, read with PdfPig: the nine tables' titles, header cells and figures.
/// </summary>
public sealed partial class ShanghaiReportBrowserTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string Report = "putuo-shegongbu/2024/";

    private static readonly string PdfPath = Path.GetFullPath(
        Path.Combine(RepositoryPaths.Root, "..", "shared", "seeds", "shanghai", "putuo-shegongbu-2024.pdf"));

    private static readonly Lazy<PrintedPdf> Pdf = new(() => PrintedPdf.Read(PdfPath));

    [Fact]
    public async Task Each_of_the_nine_tables_shows_the_figures_the_pdf_prints_in_the_same_order()
    {
        var tables = await ReadPageTablesAsync();

        var pdfTables = Pdf.Value.Tables(tables.Select(t => t.Title));
        for (var i = 0; i < tables.Length; i++)
        {
            var shown = tables[i].Figures.Select(f => f.Text).ToArray();
            var printed = pdfTables[i].Figures().Select(f => f.Text).ToArray();
            Assert.True(shown.SequenceEqual(printed), Difference(tables[i].Title, pdfTables[i].Pages, shown, printed));
        }

        // 205 figures are printed across the nine tables; every other cell is blank.
        Assert.Equal(205, tables.Sum(t => t.Figures.Length));
    }

    [Fact]
    public async Task Each_figure_stands_in_the_same_column_as_in_the_pdf()
    {
        var tables = await ReadPageTablesAsync();

        var pdfTables = Pdf.Value.Tables(tables.Select(t => t.Title));
        for (var i = 0; i < tables.Length; i++)
        {
            // Columns are compared by rank among the columns that hold a figure: the page's by cell position,
            // the PDF's by where the figure stands across the page.
            var pageRanks = Ranks(tables[i].Figures.Select(f => (double)f.Column).ToArray(), tolerance: 0.5);
            var shown = tables[i].Figures.Select((f, k) => $"{f.Text}@{pageRanks[k]}").ToArray();
            var figures = pdfTables[i].Figures();
            var pdfRanks = Ranks(figures.Select(f => f.Center).ToArray(), tolerance: 8);
            var printed = figures.Select((f, k) => $"{f.Text}@{pdfRanks[k]}").ToArray();
            Assert.True(shown.SequenceEqual(printed), Difference(tables[i].Title, pdfTables[i].Pages, shown, printed) + " (figure@column)");
        }
    }

    [Fact]
    public async Task Each_table_title_and_header_cell_on_the_page_is_printed_in_that_table_of_the_pdf()
    {
        var tables = await ReadPageTablesAsync();

        var pdfTables = Pdf.Value.Tables(tables.Select(t => t.Title));
        // A cell printed over two lines is found ("附属单位" over "上缴收入"); pieces of two neighbouring cells are not.
        Assert.True(pdfTables[1].PrintsCell("附属单位上缴收入"));
        Assert.False(pdfTables[1].PrintsCell("功能分类科目名称"));
        for (var i = 0; i < tables.Length; i++)
        {
            Assert.Equal(tables[i].Title, pdfTables[i].Title);
            Assert.NotEmpty(tables[i].Headers);
            foreach (var header in tables[i].Headers)
            {
                Assert.True(pdfTables[i].PrintsCell(header), $"{tables[i].Title}: the header cell “{header}” is not printed in the PDF's table (p. {pdfTables[i].Pages})");
            }

            // Shanghai prints no 行次 and no 栏次.
            Assert.False(pdfTables[i].PrintsCell("行次"), $"{tables[i].Title} prints 行次");
            Assert.False(pdfTables[i].PrintsCell("栏次"), $"{tables[i].Title} prints 栏次");
        }
    }

    [Fact]
    public async Task The_shanghai_report_shows_no_table_code_label_and_no_line_number_column()
    {
        var page = await site.OpenAsync(Report);

        var text = await page.EvaluateAsync<string>("document.body.textContent");
        Assert.DoesNotContain("公开0", text, StringComparison.Ordinal);
        Assert.DoesNotContain("公开0", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal(9, await page.Locator("section.std-table").CountAsync());
        Assert.Equal(0, await page.Locator("section.std-table .table-code").CountAsync());
        Assert.Equal(0, await page.Locator("th", new() { HasText = "行次" }).CountAsync());
        Assert.Equal(0, await page.Locator("section.std-table td.line").CountAsync());
        Assert.Equal(0, await page.Locator("section.std-table tr.column-numbers").CountAsync());
        await page.Context.CloseAsync();
    }

    /// <summary>Each value's rank among the distinct values (clustered within the tolerance), 1 for the leftmost.</summary>
    private static int[] Ranks(double[] positions, double tolerance)
    {
        var starts = new List<double>();
        foreach (var x in positions.Order())
        {
            if (starts.Count == 0 || x - starts[^1] > tolerance)
            {
                starts.Add(x);
            }
        }

        return positions.Select(x => starts.FindLastIndex(s => s <= x + 1e-9) + 1).ToArray();
    }

    private static string Difference(string title, string pages, string[] shown, string[] printed)
    {
        var at = Enumerable.Range(0, Math.Min(shown.Length, printed.Length)).FirstOrDefault(k => shown[k] != printed[k], Math.Min(shown.Length, printed.Length));
        string Item(string[] list) => at < list.Length ? list[at] : "(nothing)";
        return $"{title}: figure {at + 1} differs — the page shows {Item(shown)}, the PDF (p. {pages}) prints {Item(printed)}; " +
            $"the page shows {shown.Length} figures [{string.Join(", ", shown)}], the PDF {printed.Length} [{string.Join(", ", printed)}]";
    }

    private sealed record PageFigure(string Text, int Column);

    /// <summary>A table as the page shows it: its h3, its header cells, and every non-blank td.num with its column.</summary>
    private sealed record PageTable(string Title, string[] Headers, PageFigure[] Figures);

    private async Task<PageTable[]> ReadPageTablesAsync()
    {
        var page = await site.OpenAsync(Report);
        var json = await page.EvaluateAsync<string>("""
            () => {
              // The printed form only: not the phone form of a table, not a 数据核对 marker's words.
              const text = e => { const c = e.cloneNode(true); c.querySelectorAll('.finding-marker').forEach(m => m.remove()); return c.textContent.replace(/\s+/g, ''); };
              const printed = e => !e.closest('.narrow-form');
              return JSON.stringify([...document.querySelectorAll('section.std-table')].map(s => ({
                title: text(s.querySelector('h3')),
                headers: [...s.querySelectorAll('thead th')].filter(printed).map(text),
                figures: [...s.querySelectorAll('td.num')].filter(printed).filter(td => text(td) !== '').map(td => ({
                  text: text(td),
                  column: [...td.parentElement.cells].slice(0, td.cellIndex).reduce((n, c) => n + c.colSpan, 0),
                })),
              })));
            }
            """);
        await page.Context.CloseAsync();
        var tables = JsonSerializer.Deserialize<PageTable[]>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        Assert.Equal(9, tables.Length);
        foreach (var table in tables)
        {
            Assert.All(table.Figures, f => Assert.Matches(Figure(), f.Text));
        }

        return tables;
    }

    [GeneratedRegex(@"^\d+\.\d+$")]
    private static partial Regex Figure();

    /// <summary>A run of letters on one printed line with no wide gap (measured between advances, not ink): one cell's text on that line.</summary>
    private sealed record Run(string Text, double Left, double Right, double Baseline, double Height);

    private sealed record Line(int Page, string Text, IReadOnlyList<Run> Runs);

    /// <summary>One table of the PDF: the lines from its title down to (not including) its 注： line.</summary>
    private sealed class PrintedTable(string title, IReadOnlyList<Line> lines)
    {
        public string Title { get; } = title;

        public string Pages => string.Join("–", lines.Select(l => l.Page).Distinct());

        /// <summary>Every figure (123.45) in reading order, lines top to bottom, each left to right, with its horizontal centre.</summary>
        public (string Text, double Center)[] Figures() => lines.SelectMany(l => l.Runs)
            .Where(r => Figure().IsMatch(r.Text)).Select(r => (r.Text, (r.Left + r.Right) / 2)).ToArray();

        /// <summary>
        /// True when the text is one run, or the runs of a cell printed over several lines: each next piece on
        /// a following line of the same page, close below and overlapping the piece above.
        /// </summary>
        public bool PrintsCell(string text)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                foreach (var run in lines[i].Runs)
                {
                    if (text.StartsWith(run.Text, StringComparison.Ordinal) && Continues(text[run.Text.Length..], run, i))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool Continues(string rest, Run above, int line)
        {
            if (rest.Length == 0)
            {
                return true;
            }

            for (var j = line + 1; j < lines.Count && lines[j].Page == lines[line].Page; j++)
            {
                foreach (var run in lines[j].Runs)
                {
                    var close = above.Baseline - run.Baseline < 2.5 * Math.Max(above.Height, run.Height);
                    var overlaps = run.Left < above.Right && above.Left < run.Right;
                    if (close && overlaps && rest.StartsWith(run.Text, StringComparison.Ordinal) && Continues(rest[run.Text.Length..], run, j))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    private sealed class PrintedPdf(IReadOnlyList<Line> lines)
    {
        public static PrintedPdf Read(string path)
        {
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"The published PDF was not found at {path}. This test compares the page with the seed beside the repository (../shared/seeds/shanghai/).");
            }

            using var document = PdfDocument.Open(path);
            var lines = new List<Line>();
            foreach (var page in document.GetPages())
            {
                lines.AddRange(LinesOf(page));
            }

            return new PrintedPdf(lines);
        }

        /// <summary>The tables with these titles, in this order: each from the line that is exactly its title to its 注： line.</summary>
        public PrintedTable[] Tables(IEnumerable<string> titles)
        {
            var found = new List<PrintedTable>();
            var from = 0;
            foreach (var title in titles)
            {
                var start = FindIndex(from, l => l.Text == title);
                Assert.True(start >= 0, $"the PDF prints no line “{title}” after line {from}");
                var end = FindIndex(start + 1, l => l.Text.StartsWith("注：", StringComparison.Ordinal));
                Assert.True(end > start, $"the PDF prints no 注： line after “{title}”");
                found.Add(new PrintedTable(title, lines.Skip(start + 1).Take(end - start - 1).ToArray()));
                from = end + 1;
            }

            return [.. found];
        }

        private int FindIndex(int from, Func<Line, bool> match)
        {
            for (var i = from; i < lines.Count; i++)
            {
                if (match(lines[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The page's letters grouped into printed lines by baseline, top to bottom, then into runs by gaps.</summary>
        private static IEnumerable<Line> LinesOf(Page page)
        {
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
                .OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X).ToList();
            var group = new List<Letter>();
            foreach (var letter in letters)
            {
                if (group.Count > 0 && Math.Abs(group[0].StartBaseLine.Y - letter.StartBaseLine.Y) > 2.0)
                {
                    yield return LineOf(page.Number, group);
                    group = [];
                }

                group.Add(letter);
            }

            if (group.Count > 0)
            {
                yield return LineOf(page.Number, group);
            }
        }

        private static Line LineOf(int page, List<Letter> letters)
        {
            var ordered = letters.OrderBy(l => l.StartBaseLine.X).ToList();
            var runs = new List<Run>();
            var current = new List<Letter>();
            foreach (var letter in ordered)
            {
                if (current.Count > 0)
                {
                    var previous = current[^1];
                    var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                    var em = Math.Max(Height(previous), Height(letter));
                    if (gap > 0.6 * em)
                    {
                        runs.Add(RunOf(current));
                        current = [];
                    }
                }

                current.Add(letter);
            }

            runs.Add(RunOf(current));
            return new Line(page, string.Concat(runs.Select(r => r.Text)), runs);
        }

        private static Run RunOf(List<Letter> letters) => new(
            string.Concat(letters.Select(l => l.Value)),
            letters.Min(l => l.StartBaseLine.X),
            letters.Max(l => l.EndBaseLine.X),
            letters.Average(l => l.StartBaseLine.Y),
            letters.Max(Height));

        private static double Height(Letter letter) => Math.Max(letter.BoundingBox.Height, letter.PointSize);
    }
}
