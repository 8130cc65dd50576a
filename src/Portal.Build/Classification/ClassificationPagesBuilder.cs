using Portal.Build.Modeling;
using Portal.Core.Model;
using Portal.Core.Model.Tables;

namespace Portal.Build.Classification;

/// <summary>Builds one page per 科目编码 printed in any 公开 table, listing every department-year's amounts.</summary>
public static class ClassificationPagesBuilder
{
    public static IReadOnlyList<PageModel> Build(SiteInfo site, ContentSet content)
    {
        var entries = new List<(string Kind, string Code, ClassificationEntry Entry)>();
        foreach (var d in content.Departments)
        {
            foreach (var report in d.Reports.OrderByDescending(r => r.Year))
            {
                var path = SiteModelBuilder.ReportPath(d.Department.Slug, report.Year);
                void Add(StandardTableSpec spec, TableInfo? info, IReadOnlyList<CodedRow>? rows)
                {
                    if (info is null || rows is null)
                    {
                        return;
                    }

                    var anchors = RowAnchors.For(spec.Id, rows);
                    var columns = spec.Columns;
                    for (var i = 0; i < rows.Count; i++)
                    {
                        if (rows[i].Code is { } code)
                        {
                            var amounts = columns.Zip(rows[i].Amounts).Select(p => new ClassificationAmount(p.First, p.Second)).ToArray();
                            entries.Add((spec.Id == "t06" ? ClassificationPaths.Economic : ClassificationPaths.Function, code,
                                new ClassificationEntry(d.Department.Name, report.Year, path, info.Code, info.Title, anchors[i], rows[i].Name, amounts)));
                        }
                    }
                }

                var t = report.Tables;
                Add(StandardTableSpec.T02, t.T02?.Info, t.T02?.Rows);
                Add(StandardTableSpec.T03, t.T03?.Info, t.T03?.Rows);
                Add(StandardTableSpec.T05, t.T05?.Info, t.T05?.Rows);
                Add(StandardTableSpec.T06, t.T06?.Info, t.T06?.Groups.SelectMany(g => g).ToArray());
                Add(StandardTableSpec.T07, t.T07?.Info, t.T07?.Rows);
                Add(StandardTableSpec.T08, t.T08?.Info, t.T08?.Rows);
            }
        }

        var crumbs = new[] { site.Home, new Crumb(site.Strings.T("nav.classification"), ClassificationPaths.Index) };
        var pages = entries
            .GroupBy(e => (e.Kind, e.Code))
            .OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g => new ClassificationPage
            {
                Site = site,
                Path = ClassificationPaths.Of(g.Key.Kind, g.Key.Code),
                Title = $"{g.Key.Code} {g.First().Entry.Name}",
                Breadcrumbs = crumbs,
                Kind = g.Key.Kind,
                Code = g.Key.Code,
                Name = g.First().Entry.Name,
                Entries = g.Select(e => e.Entry).ToArray(),
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
        return [index, .. pages];
    }
}
