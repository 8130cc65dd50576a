using Portal.Build.Render;
using Portal.Core.Model;
using Portal.Core.Model.Performance;
using Portal.Core.Model.Tables;

namespace Portal.Build.Modeling;

/// <summary>Builds a report page: parts in the order of a full disclosure, each with a stable anchor.</summary>
internal static class ReportPageBuilder
{
    public static ReportPage Build(SiteInfo site, Department department, Report report, DepartmentSummary departmentSummary, ReportSummary summary, IReadOnlyList<(FindingView View, ParagraphPlace? Paragraph)> placed)
    {
        // Findings first (placed by the caller, FindingViews.Place): a flagged paragraph is marked as its Markdown is rendered.
        var marks = new FindingMarks(placed, site.Strings);

        // Fixed anchors first, so a section can never take a name journalists already link to.
        var anchors = new AnchorAllocator();
        foreach (var fixedAnchor in new[] { "summary", "checks", "overview", "tables", "explanation", "perf", "perf-overall", "glossary", "source" })
        {
            anchors.Take(fixedAnchor);
        }

        foreach (var anchor in TableAnchors(report))
        {
            anchors.Take(anchor);
        }

        // The report's own 名词解释 terms, each linked where the narrative first uses it to its entry in the site glossary.
        var terms = report.Glossary?.Terms.Select(t => GlossaryPageBuilder.NormalizeTerm(t.Term)).Distinct(StringComparer.Ordinal)
            .ToDictionary(t => t, t => PageModel.RootOf(summary.Path) + SiteModelBuilder.GlossaryPath + "#" + GlossaryPage.AnchorOf(t), StringComparer.Ordinal);
        var overview = report.Overview is null ? null : DocumentViewBuilder.Build(report.Overview, "overview", anchors, 3, "overview", marks, terms);
        var explanation = report.Explanation is null ? null : DocumentViewBuilder.Build(report.Explanation, "explanation", anchors, 3, "explanation", marks, terms);
        var performance = report.Performance is null ? null : BuildPerformance(report, anchors, marks);
        var path = summary.Path;

        var page = new ReportPage
        {
            Site = site,
            Path = path,
            Title = site.Strings.T("report.title", department.Name, report.Year),
            Breadcrumbs = [site.Home, new Crumb(department.Name, departmentSummary.Path)],
            Report = report,
            Department = department,
            Headline = summary.Headline,
            Availability = AvailabilityOf(report, site.Strings),
            Toc = Toc(report, overview, explanation, performance, site.Strings),
            Overview = overview,
            Explanation = explanation,
            Performance = performance,
            Glossary = report.Glossary,
            SourceTextPath = SiteModelBuilder.SourceTextPath(department.Slug, report.Year),
            SourceViewPath = SiteModelBuilder.SourceViewPath(path),
            StatedFigures = StatedFigureKey.All
                .Where(k => report.StatedFigures.Get(k.Key) is not null)
                .Select(k => new HeadlineFigure(site.Strings.Figure(k.Key, k.Label), report.StatedFigures.Get(k.Key), k.Unit))
                .ToArray(),
            Marks = marks,
        };
        return page with { Findings = FindingViews.Resolve(page, placed.Select(p => p.View)) };
    }

    /// <summary>Every anchor the template's tables take on the page: each form's own and, where it differs, its role's.</summary>
    internal static IEnumerable<string> TableAnchors(Report report) =>
        (report.Tables.Template?.Forms ?? []).SelectMany(f => f.Anchor == f.Role.Anchor ? new[] { f.Anchor } : [f.Anchor, f.Role.Anchor]);

    /// <summary>A table as the contents list names it: its printed number label (where it has one) and printed title.</summary>
    internal static string TableName(TableInfo info) => info.Code is null ? info.Title : $"{info.Code} {info.Title}";

    private static PerformanceView BuildPerformance(Report report, AnchorAllocator anchors, FindingMarks marks)
    {
        var p = report.Performance!;
        var overallReport = p.Overall?.Report is { } r ? DocumentViewBuilder.Build(r, anchors.Take("perf-overall-report"), anchors, 4, "performance.overall.report", marks) : null;
        var reports = p.Reports.Select((d, i) => DocumentViewBuilder.Build(d, anchors.Take($"perf-report-{i + 1}"), anchors, 4, $"performance.reports[{i}]", marks)).ToArray();
        var projects = p.Projects.Select((project, i) =>
        {
            var anchor = anchors.Take($"perf-p{i + 1}");
            var projectReport = project.Report is null ? null : DocumentViewBuilder.Build(project.Report, anchors.Take($"{anchor}-report"), anchors, 5, $"performance.projects[{i}].report", marks);
            return new ProjectView(anchor, project.Name, project.Evaluation, project.Evaluation?.SourceLine, projectReport, EvaluationPaths.Project(i));
        }).ToArray();
        return new PerformanceView(p.HeadingRaw, p.Overall?.Evaluation, overallReport, p.Overall?.Tables ?? [], p.Overall?.Score, reports, projects);
    }

    private static IReadOnlyList<Availability> AvailabilityOf(Report report, UiStrings ui)
    {
        var list = new List<Availability>
        {
            new("overview", ui.T("part.overview"), report.Overview is not null, null),
        };
        foreach (var form in report.Tables.Template?.Forms ?? [])
        {
            var info = report.Tables.ById(form.Id)?.Info;
            list.Add(new Availability(form.Anchor, form.DisplayName, info is not null, info?.NoData is null ? null : ui.T("table.no_data")));
        }

        list.Add(new("explanation", ui.T("part.explanation"), report.Explanation is not null, null));
        var projects = report.Performance?.Projects.Count ?? 0;
        list.Add(new("perf", ui.T("perf.heading"), report.Performance is not null, projects > 0 ? ui.T("report.projects_count", projects) : null));
        list.Add(new("glossary", ui.T("part.glossary"), report.Glossary is not null, report.Glossary is null ? null : ui.T("report.terms_count", report.Glossary.Terms.Count)));
        return list;
    }

    private static IReadOnlyList<TocEntry> Toc(Report report, DocumentView? overview, DocumentView? explanation, PerformanceView? performance, UiStrings ui)
    {
        var toc = new List<TocEntry> { new("checks", ui.T("checks.heading"), []) };
        if (overview is not null)
        {
            toc.Add(new TocEntry("overview", ui.T("part.overview"), overview.Sections.Select(s => new TocEntry(s.Anchor, s.Heading, [])).ToArray()));
        }

        if (report.Tables.Any)
        {
            toc.Add(new TocEntry("tables", ui.T("part.tables"), report.Tables.All.Select(t => new TocEntry(t.Info.Form.Anchor, TableName(t.Info), [])).ToArray()));
        }

        if (explanation is not null)
        {
            toc.Add(new TocEntry("explanation", ui.T("part.explanation"), explanation.Sections.Select(s => new TocEntry(s.Anchor, s.Heading, [])).ToArray()));
        }

        if (performance is not null)
        {
            var children = new List<TocEntry>();
            if (performance.OverallEvaluation is not null || performance.OverallReport is not null || performance.OverallTables.Count > 0)
            {
                children.Add(new TocEntry("perf-overall", ui.T("perf.overall"), []));
            }

            children.AddRange(performance.Reports.Select(r => new TocEntry(r.Anchor, r.Title ?? ui.T("perf.report"), [])));
            children.AddRange(performance.Projects.Select(p => new TocEntry(p.Anchor, p.Name, [])));
            toc.Add(new TocEntry("perf", ui.T("perf.heading"), children));
        }

        if (report.Glossary is not null)
        {
            toc.Add(new TocEntry("glossary", ui.T("part.glossary"), []));
        }

        toc.Add(new TocEntry("source", ui.T("part.source"), []));
        return toc;
    }
}
