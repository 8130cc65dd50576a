using Portal.Build.Modeling;
using Portal.Core.Model;
using Portal.Core.Model.Tables;

namespace Portal.Build.Classification;

/// <summary>Builds one page per 科目编码 printed in any template table, listing every department-year's amounts.</summary>
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
                void Add(TableInfo info, IReadOnlyList<CodedRow> rows, string kind)
                {
                    var anchors = RowAnchors.For(info.Form.Anchor, rows);
                    var columns = info.Form.Columns;
                    for (var i = 0; i < rows.Count; i++)
                    {
                        if (rows[i].Code is { } code)
                        {
                            var amounts = columns.Zip(rows[i].Amounts).Select(p => new ClassificationAmount(p.First.Name, p.Second)).ToArray();
                            entries.Add((kind, code, new ClassificationEntry(d.Department.Name, report.Year, path, info.Code ?? info.Title, info.Title, anchors[i], rows[i].Name, amounts)));
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
