using Portal.Core.Model;
using Portal.Core.Model.Tables;

namespace Portal.Build.Modeling;

/// <summary>Builds a report page: parts in the order of a full disclosure, each with a stable anchor.</summary>
internal static class ReportPageBuilder
{
    public static ReportPage Build(SiteInfo site, Department department, Report report, DepartmentSummary departmentSummary, ReportSummary summary)
    {
        // Fixed anchors first, so a section can never take a name journalists already link to.
        var anchors = new AnchorAllocator();
        foreach (var fixedAnchor in new[] { "summary", "checks", "overview", "tables", "explanation", "perf", "perf-overall", "glossary", "source" })
        {
            anchors.Take(fixedAnchor);
        }

        foreach (var spec in StandardTableSpec.All)
        {
            anchors.Take(spec.Anchor);
        }

        var overview = report.Overview is null ? null : DocumentViewBuilder.Build(report.Overview, "overview", anchors, 3);
        var explanation = report.Explanation is null ? null : DocumentViewBuilder.Build(report.Explanation, "explanation", anchors, 3);
        var performance = report.Performance is null ? null : BuildPerformance(report, anchors);
        var path = summary.Path;

        return new ReportPage
        {
            Site = site,
            Path = path,
            Title = $"{department.Name} {report.Year}年度",
            Breadcrumbs = [new Crumb("首页", string.Empty), new Crumb(department.Name, departmentSummary.Path)],
            Report = report,
            Department = department,
            Headline = summary.Headline,
            Availability = AvailabilityOf(report),
            Toc = Toc(report, overview, explanation, performance),
            Overview = overview,
            Explanation = explanation,
            Performance = performance,
            Glossary = report.Glossary,
            SourceTextPath = $"{path}source.txt",
            SourceViewPath = $"{path}source/",
            StatedFigures = StatedFigureKey.All
                .Where(k => report.StatedFigures.Get(k.Key) is not null)
                .Select(k => new HeadlineFigure(k.Label, report.StatedFigures.Get(k.Key), k.Unit))
                .ToArray(),
        };
    }

    private static PerformanceView BuildPerformance(Report report, AnchorAllocator anchors)
    {
        var p = report.Performance!;
        var overallReport = p.Overall?.Report is { } r ? DocumentViewBuilder.Build(r, anchors.Take("perf-overall-report"), anchors, 4) : null;
        var reports = p.Reports.Select((d, i) => DocumentViewBuilder.Build(d, anchors.Take($"perf-report-{i + 1}"), anchors, 4)).ToArray();
        var projects = p.Projects.Select((project, i) =>
        {
            var anchor = anchors.Take($"perf-p{i + 1}");
            var projectReport = project.Report is null ? null : DocumentViewBuilder.Build(project.Report, anchors.Take($"{anchor}-report"), anchors, 5);
            return new ProjectView(anchor, project.Name, project.Evaluation, project.Evaluation?.SourceLine, projectReport);
        }).ToArray();
        return new PerformanceView(p.HeadingRaw, p.Overall?.Evaluation, overallReport, p.Overall?.Tables ?? [], p.Overall?.Score, reports, projects);
    }

    private static IReadOnlyList<Availability> AvailabilityOf(Report report)
    {
        var list = new List<Availability>
        {
            new("overview", "部门概况", report.Overview is not null, null),
        };
        foreach (var spec in StandardTableSpec.All)
        {
            var info = report.Tables.InfoOf(spec.Id);
            list.Add(new Availability(spec.Anchor, $"{spec.Code} {spec.Title}", info is not null, info?.NoData is null ? null : "本表无数据"));
        }

        list.Add(new("explanation", "决算情况说明", report.Explanation is not null, null));
        var projects = report.Performance?.Projects.Count ?? 0;
        list.Add(new("perf", "绩效自评", report.Performance is not null, projects > 0 ? $"含{projects}个项目" : null));
        list.Add(new("glossary", "名词解释", report.Glossary is not null, report.Glossary is null ? null : $"{report.Glossary.Terms.Count}个名词"));
        return list;
    }

    private static IReadOnlyList<TocEntry> Toc(Report report, DocumentView? overview, DocumentView? explanation, PerformanceView? performance)
    {
        var toc = new List<TocEntry> { new("checks", "数据核对", []) };
        if (overview is not null)
        {
            toc.Add(new TocEntry("overview", "部门概况", overview.Sections.Select(s => new TocEntry(s.Anchor, s.Heading, [])).ToArray()));
        }

        var published = SiteModelBuilder.PublishedTables(report.Tables);
        if (published.Count > 0)
        {
            toc.Add(new TocEntry("tables", "部门决算表", published.Select(s => new TocEntry(s.Anchor, $"{s.Code} {report.Tables.InfoOf(s.Id)!.Title}", [])).ToArray()));
        }

        if (explanation is not null)
        {
            toc.Add(new TocEntry("explanation", "决算情况说明", explanation.Sections.Select(s => new TocEntry(s.Anchor, s.Heading, [])).ToArray()));
        }

        if (performance is not null)
        {
            var children = new List<TocEntry>();
            if (performance.OverallEvaluation is not null || performance.OverallReport is not null || performance.OverallTables.Count > 0)
            {
                children.Add(new TocEntry("perf-overall", "部门整体绩效", []));
            }

            children.AddRange(performance.Reports.Select(r => new TocEntry(r.Anchor, r.Title ?? "绩效自评报告", [])));
            children.AddRange(performance.Projects.Select(p => new TocEntry(p.Anchor, p.Name, [])));
            toc.Add(new TocEntry("perf", "绩效自评", children));
        }

        if (report.Glossary is not null)
        {
            toc.Add(new TocEntry("glossary", "名词解释", []));
        }

        toc.Add(new TocEntry("source", "来源文件", []));
        return toc;
    }
}
