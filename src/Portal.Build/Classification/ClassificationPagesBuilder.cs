using Portal.Build.Charts;
using Portal.Build.Modeling;
using Portal.Build.OpenData;
using Portal.Build.Render;
using Portal.Core.Model;
using Portal.Core.Model.Tables;

namespace Portal.Build.Classification;

/// <summary>
/// Builds one page per 科目编码 printed in any template table, listing every department-year's amounts, linking the
/// coarser and finer 科目 printed anywhere, with a chart of the amounts over the years and a CSV of them.
/// </summary>
public static class ClassificationPagesBuilder
{
    public static readonly IReadOnlyList<string> CsvHeader =
        ["科目类型", "科目编码", "科目名称", "部门", "年度", "表号", "表名", "科目名称（按印刷）", "栏目", "金额", "单位"];

    /// <summary>
    /// The pages, their CSVs and the temporary file their entries are read back from (<see cref="ClassificationStore"/>),
    /// which the caller disposes when the pages are rendered. What stays in memory is a few numbers per 科目, whatever
    /// the size of the site: the content is walked twice, once to size each page's range of the file, once to fill it.
    /// </summary>
    /// <param name="departmentsPerPage">Departments on one page of a 科目; the rest go on further pages (its CSV has them all).</param>
    public static (IReadOnlyList<PageModel> Pages, IReadOnlyList<GeneratedFile> Files, IDisposable Store) Build(SiteInfo site, ContentSet content, int departmentsPerPage = Pagination.DefaultSize)
    {
        var store = ClassificationStore.Create();
        try
        {
            var (pages, files) = Build(site, content, store, departmentsPerPage);
            return (pages, files, store);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Every coded row of every report, in the order a page lists them: departments in content order, newest report first.</summary>
    private static IEnumerable<(string Kind, string Code, int Department, ClassificationEntry Entry)> Entries(ContentSet content)
    {
        for (var department = 0; department < content.Departments.Count; department++)
        {
            var d = content.Departments[department];
            foreach (var report in d.Reports.OrderByDescending(r => r.Year))
            {
                var path = SiteModelBuilder.ReportPath(d.Department.Slug, report.Year);
                foreach (var table in report.Tables.All)
                {
                    var (info, rows, kind) = table switch
                    {
                        CodedTable coded => (coded.Info, coded.Rows, ClassificationPaths.Function),
                        EconomicDetailTable economic => (economic.Info, economic.Groups.SelectMany(g => g).ToArray(), ClassificationPaths.Economic),
                        _ => default((TableInfo?, IReadOnlyList<CodedRow>?, string?)),
                    };
                    if (info is null || rows is null || kind is null)
                    {
                        continue;
                    }

                    var anchors = RowAnchors.For(info.Form.Anchor, rows);
                    var columns = info.Form.Columns;
                    for (var i = 0; i < rows.Count; i++)
                    {
                        if (rows[i].Code is { } code)
                        {
                            var amounts = new ClassificationAmounts(columns, rows[i].Amounts);
                            yield return (kind, code, department, new ClassificationEntry(d.Department.Name, report.Year, path, info.Code ?? info.Title, info.Title, anchors[i], rows[i].Name, amounts, info.Unit));
                        }
                    }
                }
            }
        }
    }

    /// <summary>One 科目's range of the store: where it starts, how long it is, how many entries; and, while it is filled, what is not yet written.</summary>
    private sealed class Range(string name)
    {
        // A page's entries are written in pieces of at most this much: every 科目 waits in its own buffer, so the
        // buffers are bounded by the number of 科目 (a national catalogue), not by the number of reports.
        private const int Piece = 8 * 1024;

        // Where each page of the 科目 after the first starts: its byte in the range and its first entry. A page's
        // first entry is written whole (no field left out as the previous one's), so the page reads back on its own.
        private readonly List<(long Start, int First)> _breaks = [];
        private byte[]? _pending;
        private int _pendingLength;
        private long _cursor;
        private int _department = -1;
        private int _departments;
        private int _written;
        private int _nextBreak;

        /// <summary>The entry written before the next one (the store leaves out what they share); reset between the two walks.</summary>
        public ClassificationEntry? Previous { get; set; }

        /// <summary>The 科目名称 of the first entry (the first department's newest report).</summary>
        public string Name { get; } = name;

        public long Offset { get; set; }

        public long Length { get; private set; }

        public int Count { get; private set; }

        /// <summary>The first walk: counts <paramref name="entry"/> into the range, starting a page after every <paramref name="perPage"/> departments.</summary>
        public void Size(ClassificationStore store, ClassificationEntry entry, int department, int perPage)
        {
            if (department != _department)
            {
                if (_departments == perPage)
                {
                    _breaks.Add((Length, Count));
                    Previous = null;
                    _departments = 0;
                }

                _departments++;
                _department = department;
            }

            Length += store.Encode(entry, Previous).Length;
            Count++;
            Previous = entry;
        }

        /// <summary>The second walk: writes <paramref name="entry"/>, encoded as the first walk sized it.</summary>
        public void Fill(ClassificationStore store, ClassificationEntry entry)
        {
            if (_nextBreak < _breaks.Count && _breaks[_nextBreak].First == _written)
            {
                Previous = null;
                _nextBreak++;
            }

            Append(store, store.Encode(entry, Previous));
            Previous = entry;
            _written++;
        }

        /// <summary>Each page's part of the store, first page first.</summary>
        public IReadOnlyList<(long Offset, long Length, int Count)> Pages()
        {
            (long Start, int First)[] starts = [(0, 0), .. _breaks, (Length, Count)];
            return starts.Zip(starts.Skip(1), (a, b) => (Offset + a.Start, b.Start - a.Start, b.First - a.First)).ToArray();
        }

        private void Append(ClassificationStore store, ReadOnlySpan<byte> record)
        {
            _pending ??= new byte[(int)Math.Min(Length, Piece)];
            if (_pendingLength + record.Length > _pending.Length)
            {
                Flush(store);
            }

            if (record.Length > _pending.Length)
            {
                store.Write(Offset + _cursor, record);
                _cursor += record.Length;
                return;
            }

            record.CopyTo(_pending.AsSpan(_pendingLength));
            _pendingLength += record.Length;
        }

        public void Flush(ClassificationStore store)
        {
            if (_pendingLength > 0)
            {
                store.Write(Offset + _cursor, _pending.AsSpan(0, _pendingLength));
                _cursor += _pendingLength;
                _pendingLength = 0;
            }
        }

        /// <summary>Writes what waits and lets the buffer go; throws if the range was not filled exactly as sized.</summary>
        public void Finish(ClassificationStore store)
        {
            Flush(store);
            _pending = null;
            Previous = null;
            if (_cursor != Length)
            {
                throw new InvalidOperationException($"a classification page's entries took {_cursor} bytes, sized as {Length}");
            }
        }
    }

    /// <summary>Sizes every 科目's range, lays the ranges out in page order, fills them, then makes the pages over them.</summary>
    private static (IReadOnlyList<PageModel> Pages, IReadOnlyList<GeneratedFile> Files) Build(SiteInfo site, ContentSet content, ClassificationStore store, int departmentsPerPage)
    {
        var ranges = new Dictionary<(string Kind, string Code), Range>();
        foreach (var (kind, code, department, entry) in Entries(content))
        {
            if (!ranges.TryGetValue((kind, code), out var range))
            {
                ranges.Add((kind, code), range = new Range(entry.Name));
            }

            range.Size(store, entry, department, departmentsPerPage);
        }

        var groups = ranges
            .OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g => (g.Key, Range: g.Value))
            .ToArray();
        var offset = 0L;
        foreach (var (_, range) in groups)
        {
            range.Offset = offset;
            offset += range.Length;
            range.Previous = null;
        }

        foreach (var (kind, code, _, entry) in Entries(content))
        {
            ranges[(kind, code)].Fill(store, entry);
        }

        foreach (var (_, range) in groups)
        {
            range.Finish(store);
        }

        var crumbs = new[] { site.Home, new Crumb(site.Strings.T("nav.classification"), ClassificationPaths.Index) };
        var links = groups.ToDictionary(g => g.Key, g => new ClassificationLink(g.Key.Code, g.Range.Name, ClassificationPaths.Of(g.Key.Kind, g.Key.Code)));

        // The parent is the longest shorter code that is printed somewhere: 功能分类 类/款/项 are 3/5/7 digits, but a
        // site may print a 项 whose 款 no table lists, and then the 类 is the nearest.
        ClassificationLink? ParentOf((string Kind, string Code) key) =>
            Enumerable.Range(1, key.Code.Length - 1).Select(n => links.GetValueOrDefault((key.Kind, key.Code[..^n]))).FirstOrDefault(l => l is not null);
        var parents = groups.ToDictionary(g => g.Key, g => ParentOf(g.Key));
        var children = parents.Where(p => p.Value is not null).ToLookup(p => (p.Key.Kind, p.Value!.Code), p => links[p.Key]);

        var pages = groups
            .SelectMany(g => Pagination.Split(ClassificationPaths.Of(g.Key.Kind, g.Key.Code), g.Range.Pages(), 1).Select(part =>
            {
                var (offset, length, count) = part.Items[0];
                return new ClassificationPage
                {
                    Site = site,
                    Path = part.Page.Path,
                    Title = part.Page.Title($"{g.Key.Code} {g.Range.Name}", site.Strings),
                    Breadcrumbs = parents[g.Key] is { } parent ? [.. crumbs, new Crumb($"{parent.Code} {parent.Name}", parent.Path)] : crumbs,
                    Pagination = part.Page.WhenSplit,
                    Kind = g.Key.Kind,
                    Code = g.Key.Code,
                    Name = g.Range.Name,
                    ReadEntries = () => store.Read(offset, length, count),
                    Parent = parents[g.Key],
                    Children = children[g.Key].ToArray(),
                };
            }))
            .ToArray();
        var firsts = pages.Where(p => p.Pagination is not { Number: > 1 }).ToArray();
        var index = new ClassificationIndexPage
        {
            Site = site,
            Path = ClassificationPaths.Index,
            Title = site.Strings.T("classification.index_title"),
            Breadcrumbs = [site.Home],
            Functions = firsts.Where(p => p.Kind == ClassificationPaths.Function).ToArray(),
            Economics = firsts.Where(p => p.Kind == ClassificationPaths.Economic).ToArray(),
        };
        // One CSV per 科目, of every page: the range read whole (each page's first entry is whole, so it reads on).
        var files = groups.Zip(firsts, (g, first) => new GeneratedFile(first.CsvPath, () => Csv(first, store.Read(g.Range.Offset, g.Range.Length, g.Range.Count)))).ToArray();
        return ([index, .. pages], files);
    }

    /// <summary>One row per printed amount: which 科目, where it is printed (department, year, table), which column.</summary>
    public static byte[] Csv(ClassificationPage page, IReadOnlyList<ClassificationEntry> entries)
    {
        var kind = page.Site.Strings.T(page.Kind == ClassificationPaths.Economic ? "classification.economic" : "classification.function");
        return CsvFormat.Write(CsvHeader, entries.SelectMany(e => e.Amounts.Select(a => new object?[]
        {
            kind, page.Code, page.Name, e.DepartmentName, e.Year, e.TableCode, e.TableTitle, e.Name, a.Column, a.Amount, e.Unit,
        })));
    }

    /// <summary>
    /// The amounts of one table's first column over the years, a line per department: of the tables printing the
    /// 科目, the one printed in the most years. Null when that is a single year: one point is no history.
    /// </summary>
    internal static ChartView? History(string code, IReadOnlyList<ClassificationEntry> entries, UiStrings ui)
    {
        if (entries.Count == 0)
        {
            return null;
        }

        var table = entries.GroupBy(e => (e.TableCode, e.TableTitle)).Select(g => g.ToArray())
            .OrderByDescending(g => g.Select(e => e.Year).Distinct().Count()).First();
        var years = table.Select(e => e.Year).Distinct().Order().ToArray();
        if (years.Length < 2 || table[0].Amounts.Count == 0)
        {
            return null;
        }

        var series = table.GroupBy(e => e.DepartmentName)
            .Select(d => new LineSeries(d.Key, years.Select(y => d.FirstOrDefault(e => e.Year == y)?.Amounts.FirstOrDefault()?.Amount).ToArray()))
            .ToArray();
        return ChartView.Line($"history-{code}", string.Empty, ui.T("classification.history", table[0].TableCode, table[0].Amounts[0].Column),
            years.Select(y => ui.T("common.year", y)).ToArray(), series, table[0].Unit);
    }
}
