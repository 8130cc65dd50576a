using Portal.Build.Check;
using Portal.Core.Model.Narrative;

namespace Portal.Build.Modeling;

/// <summary>
/// Places each finding of a report on its page: a 公开 table cell gets its cell id, a paragraph its section's
/// anchor, a 绩效 figure its 自评表; anything else the nearest part that holds it.
/// </summary>
internal static class FindingViews
{
    public static IReadOnlyList<FindingView> For(ReportPage page, IReadOnlyList<Finding> findings)
    {
        var mine = findings.Where(f => f.DepartmentSlug == page.Department.Slug && f.Year == page.Report.Year).ToArray();
        if (mine.Length == 0)
        {
            return [];
        }

        var anchors = Anchors(page);
        return mine.Select(f => new FindingView(f, AnchorOf(f.FieldPath, anchors))).ToArray();
    }

    private static string AnchorOf(string path, IReadOnlyDictionary<string, string> anchors)
    {
        if (path.StartsWith("tables.", StringComparison.Ordinal))
        {
            return CellAnchors.Id(path);
        }

        var current = path;
        while (current.Length > 0)
        {
            if (anchors.TryGetValue(current, out var anchor))
            {
                return anchor;
            }

            var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            current = cut <= 0 ? string.Empty : current[..cut];
        }

        return "summary";
    }

    /// <summary>Field-path prefix → anchor for every narrative section and 绩效 block of the page.</summary>
    private static Dictionary<string, string> Anchors(ReportPage page)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["overview"] = "overview",
            ["explanation"] = "explanation",
            ["performance"] = "perf",
            ["performance.overall"] = "perf-overall",
            ["performance.overall.evaluation"] = "perf-overall-table",
            ["glossary"] = "glossary",
        };
        var report = page.Report;
        Add(map, "overview", report.Overview, page.Overview);
        Add(map, "explanation", report.Explanation, page.Explanation);
        if (report.Performance is { } p && page.Performance is { } view)
        {
            Add(map, "performance.overall.report", p.Overall?.Report, view.OverallReport);
            for (var i = 0; i < p.Reports.Count && i < view.Reports.Count; i++)
            {
                Add(map, $"performance.reports[{i}]", p.Reports[i], view.Reports[i]);
            }

            for (var i = 0; i < p.Projects.Count && i < view.Projects.Count; i++)
            {
                map[$"performance.projects[{i}]"] = view.Projects[i].Anchor;
                map[$"performance.projects[{i}].evaluation"] = view.Projects[i].Anchor + "-table";
                Add(map, $"performance.projects[{i}].report", p.Projects[i].Report, view.Projects[i].Report);
            }
        }

        return map;
    }

    private static void Add(Dictionary<string, string> map, string path, Document? document, DocumentView? view)
    {
        if (document is null || view is null)
        {
            return;
        }

        map[path] = view.Anchor;
        AddSections(map, path, document.Sections, view.Sections);
    }

    private static void AddSections(Dictionary<string, string> map, string path, IReadOnlyList<Section> sections, IReadOnlyList<SectionView> views)
    {
        for (var i = 0; i < sections.Count && i < views.Count; i++)
        {
            var sectionPath = $"{path}.sections[{i}]";
            map[sectionPath] = views[i].Anchor;
            AddSections(map, sectionPath, sections[i].Sections, views[i].Children);
        }
    }
}
