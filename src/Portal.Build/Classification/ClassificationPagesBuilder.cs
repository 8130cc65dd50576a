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

    public static (IReadOnlyList<PageModel> Pages, IReadOnlyList<GeneratedFile> Files) Build(SiteInfo site, ContentSet content)
    {
        var entries = new List<(string Kind, string Code, ClassificationEntry Entry)>();
        foreach (var d in content.Departments)
        {
            foreach (var report in d.Reports.OrderByDescending(r => r.Year))
            {
                var path = SiteModelBuilder.ReportPath(d.Department.Slug, report.Year);
                void Add(TableInfo info, IReadOnlyList<CodedRow> rows, string kind)
                {
                    var anchors = RowAnchors.For(info.Form.Anchor, rows);
                    var columns = info.Form.Columns;
                    for (var i = 0; i < rows.Count; i++)
                    {
                        if (rows[i].Code is { } code)
                        {
                            var amounts = new ClassificationAmounts(columns, rows[i].Amounts);
                            entries.Add((kind, code, new ClassificationEntry(d.Department.Name, report.Year, path, info.Code ?? info.Title, info.Title, anchors[i], rows[i].Name, amounts, info.Unit)));
                        }
                    }
                }

                foreach (var table in report.Tables.All)
                {
                    switch (table)
                    {
                        case CodedTable coded:
                            Add(coded.Info, coded.Rows, ClassificationPaths.Function);
                            break;
                        case EconomicDetailTable economic:
                            Add(economic.Info, economic.Groups.SelectMany(g => g).ToArray(), ClassificationPaths.Economic);
                            break;
                    }
                }
            }
        }

        var crumbs = new[] { site.Home, new Crumb(site.Strings.T("nav.classification"), ClassificationPaths.Index) };
        var groups = entries
            .GroupBy(e => (e.Kind, e.Code))
            .OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenBy(g => g.Key.Code, StringComparer.Ordinal)
            .ToArray();
        var links = groups.ToDictionary(g => g.Key, g => new ClassificationLink(g.Key.Code, g.First().Entry.Name, ClassificationPaths.Of(g.Key.Kind, g.Key.Code)));

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
                Title = $"{g.Key.Code} {g.First().Entry.Name}",
                Breadcrumbs = parents[g.Key] is { } parent ? [.. crumbs, new Crumb($"{parent.Code} {parent.Name}", parent.Path)] : crumbs,
                Kind = g.Key.Kind,
                Code = g.Key.Code,
                Name = g.First().Entry.Name,
                Entries = g.Select(e => e.Entry).ToArray(),
                Parent = parents[g.Key],
                Children = children[g.Key].ToArray(),
                History = History(g.Key.Code, g.Select(e => e.Entry).ToArray(), site.Strings),
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
    private static ChartView? History(string code, IReadOnlyList<ClassificationEntry> entries, UiStrings ui)
    {
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
