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
    public static (IReadOnlyList<PageModel> Pages, IReadOnlyList<GeneratedFile> Files, IDisposable Store) Build(SiteInfo site, ContentSet content)
    {
        var store = ClassificationStore.Create();
        try
        {
            var (pages, files) = Build(site, content, store);
            return (pages, files, store);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Every coded row of every report, in the order a page lists them: departments in content order, newest report first.</summary>
    private static IEnumerable<(string Kind, string Code, ClassificationEntry Entry)> Entries(ContentSet content)
    {
        foreach (var d in content.Departments)
        {
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
                            yield return (kind, code, new ClassificationEntry(d.Department.Name, report.Year, path, info.Code ?? info.Title, info.Title, anchors[i], rows[i].Name, amounts, info.Unit));
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

        private byte[]? _pending;
        private int _pendingLength;
        private long _cursor;

        /// <summary>The entry written before the next one (the store leaves out what they share); reset between the two walks.</summary>
        public ClassificationEntry? Previous { get; set; }

        /// <summary>The 科目名称 of the first entry (the first department's newest report).</summary>
        public string Name { get; } = name;

        public long Offset { get; set; }

        public long Length { get; set; }

        public int Count { get; set; }

        public void Append(ClassificationStore store, ReadOnlySpan<byte> record)
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
    private static (IReadOnlyList<PageModel> Pages, IReadOnlyList<GeneratedFile> Files) Build(SiteInfo site, ContentSet content, ClassificationStore store)
    {
        var ranges = new Dictionary<(string Kind, string Code), Range>();
        foreach (var (kind, code, entry) in Entries(content))
        {
            if (!ranges.TryGetValue((kind, code), out var range))
            {
                ranges.Add((kind, code), range = new Range(entry.Name));
            }

            range.Length += store.Encode(entry, range.Previous).Length;
            range.Count++;
            range.Previous = entry;
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

        foreach (var (kind, code, entry) in Entries(content))
        {
            var range = ranges[(kind, code)];
            range.Append(store, store.Encode(entry, range.Previous));
            range.Previous = entry;
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
            .Select(g => new ClassificationPage
            {
                Site = site,
                Path = ClassificationPaths.Of(g.Key.Kind, g.Key.Code),
                Title = $"{g.Key.Code} {g.Range.Name}",
                Breadcrumbs = parents[g.Key] is { } parent ? [.. crumbs, new Crumb($"{parent.Code} {parent.Name}", parent.Path)] : crumbs,
                Kind = g.Key.Kind,
                Code = g.Key.Code,
                Name = g.Range.Name,
                ReadEntries = () => store.Read(g.Range.Offset, g.Range.Length, g.Range.Count),
                Parent = parents[g.Key],
                Children = children[g.Key].ToArray(),
            })
            .ToArray();
        var index = new ClassificationIndexPage
        {
            Site = site,
            Path = ClassificationPaths.Index,
            Title = site.Strings.T("classification.index_title"),
            Breadcrumbs = [site.Home],
            Functions = pages.Where(p => p.Kind == ClassificationPaths.Function).ToArray(),
            Economics = pages.Where(p => p.Kind == ClassificationPaths.Economic).ToArray(),
        };
        var files = pages.Select(p => new GeneratedFile(p.Path + p.CsvFile, () => Csv(p))).ToArray();
        return ([index, .. pages], files);
    }

    /// <summary>One row per printed amount: which 科目, where it is printed (department, year, table), which column.</summary>
    public static byte[] Csv(ClassificationPage page)
    {
        var kind = page.Site.Strings.T(page.Kind == ClassificationPaths.Economic ? "classification.economic" : "classification.function");
        return CsvFormat.Write(CsvHeader, page.Entries.SelectMany(e => e.Amounts.Select(a => new object?[]
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
