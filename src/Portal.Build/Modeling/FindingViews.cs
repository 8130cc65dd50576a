using System.Text.RegularExpressions;
using Portal.Build.Check;
using Portal.Build.Check.Prose;
using Portal.Core.Model;
using Portal.Core.Model.Narrative;
using Portal.Core.Model.Tables;

namespace Portal.Build.Modeling;

/// <summary>
/// Places each finding of a report on its page, in two steps. <see cref="Place"/>, before the page is built, gives
/// every finding its <see cref="FindingId"/> and, when it is about a template table cell, a 自评表 figure or a line
/// of a narrative body, that cell's or paragraph's anchor: those places carry a marker. <see cref="Resolve"/>, once
/// the page's sections have their anchors, sends every other finding to the nearest part that holds it.
/// </summary>
internal static partial class FindingViews
{
    private const string Unresolved = "";

    public static IReadOnlyList<(FindingView View, ParagraphPlace? Paragraph)> Place(Report report, string slug, IReadOnlyList<Finding> findings)
    {
        var mine = findings.Where(f => f.DepartmentSlug == slug && f.Year == report.Year).ToArray();
        if (mine.Length == 0)
        {
            return [];
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        // Split once for all of the report's prose findings, and only if it has one.
        var prose = new ReportProse(report);
        return mine.Select(f =>
        {
            var (anchor, place, paragraph) = PlaceOf(prose, f);
            var key = f.Rule + "\n" + (anchor.Length > 0 ? anchor : f.FieldPath);
            seen[key] = seen.GetValueOrDefault(key) + 1;
            var id = FindingId.Of(f.Rule, anchor.Length > 0 ? anchor : CellAnchors.Slug(f.FieldPath), seen[key]);
            return (new FindingView(f, id, anchor, place), paragraph);
        }).ToArray();
    }

    /// <summary>The placed findings with every part anchor filled in from the built page.</summary>
    public static IReadOnlyList<FindingView> Resolve(ReportPage page, IEnumerable<FindingView> placed)
    {
        var anchors = Anchors(page);
        return placed.Select(v => v.Anchor == Unresolved ? v with { Anchor = PartOf(v.Finding, page, anchors) } : v).ToArray();
    }

    private static (string Anchor, FindingPlace Place, ParagraphPlace? Paragraph) PlaceOf(ReportProse prose, Finding f)
    {
        var report = prose.Report;
        var path = f.FieldPath;
        if (path.StartsWith("tables.", StringComparison.Ordinal))
        {
            return IsCell(report, path) ? (CellAnchors.Id(path), FindingPlace.Cell, null) : (Unresolved, FindingPlace.Part, null);
        }

        // 其他表格, 绩效 tables and tables in a narrative section print each cell of theirs with its own id too.
        if (EvaluationCell().IsMatch(path) || FreeTablePaths.IsCell(path))
        {
            return (CellAnchors.Id(path), FindingPlace.Cell, null);
        }

        if (path.EndsWith(".body", StringComparison.Ordinal)
            && prose.Paragraphs.FirstOrDefault(p => p.Path == path && p.Location.Line == f.Location.Line) is { } paragraph)
        {
            return (CellAnchors.Paragraph(path, paragraph.Offset), FindingPlace.Paragraph, new ParagraphPlace(path, paragraph.Offset));
        }

        return (Unresolved, FindingPlace.Part, null);
    }

    /// <summary>Whether the path names a figure the table partials print in a cell of their own (and give its id).</summary>
    private static bool IsCell(Report report, string path)
    {
        var match = TableCell().Match(path);
        if (!match.Success || report.Tables.ById(match.Groups["table"].Value) is not { } table)
        {
            return false;
        }

        int Number(string group) => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
        var rest = match.Groups["rest"].Value;
        return table switch
        {
            CodedTable coded => rest.StartsWith("rows", StringComparison.Ordinal) && Number("b") >= 2 && Number("a") < coded.Rows.Count,
            TwoSidedTable => rest.StartsWith("income", StringComparison.Ordinal) || rest.StartsWith("expenditure", StringComparison.Ordinal),
            EconomicDetailTable => rest.StartsWith("groups", StringComparison.Ordinal) || rest is "personnel_total" or "public_total",
            SangongTable => rest.StartsWith("budget.", StringComparison.Ordinal) || rest.StartsWith("actual.", StringComparison.Ordinal),
            FreeFormTable free => rest.StartsWith("rows", StringComparison.Ordinal) && Number("a") < free.Rows.Count
                && Number("b") < free.Rows[Number("a")].Count && free.Rows[Number("a")][Number("b")].Number is not null,
            _ => false,
        };
    }

    // tables.<id>.rows[a][b], .income[a][b], .groups[g][a][b], .actual.total, .public_total …
    [GeneratedRegex(@"^tables\.(?<table>[^.\[]+)\.(?<rest>(?:rows|income|expenditure)\[(?<a>\d+)\]\[(?<b>\d+)\]|groups\[\d+\]\[\d+\]\[2\]|(?:budget|actual)\.[a-z_]+|personnel_total|public_total)$", RegexOptions.CultureInvariant)]
    private static partial Regex TableCell();

    // The 自评表 figures the partial marks (EvaluationPaths): 资金 cells, 总分, 一级指标 weights, 三级指标 分值/得分.
    [GeneratedRegex(@"^performance\.(?:overall|projects\[\d+\])\.evaluation\.(?:funds\[\d+\]\[[1-6]\]|total\.(?:max|score)|indicators\[\d+\]\.weight|indicators\[\d+\]\.groups\[\d+\]\.items\[\d+\]\.(?:max|score))$", RegexOptions.CultureInvariant)]
    private static partial Regex EvaluationCell();

    private static string PartOf(Finding f, ReportPage page, IReadOnlyDictionary<string, string> anchors)
    {
        if (f.FieldPath.StartsWith("tables.", StringComparison.Ordinal))
        {
            var id = f.FieldPath["tables.".Length..].Split('.', '[')[0];
            return page.Report.Tables.ById(id)?.Info.Form.Anchor ?? "tables";
        }

        var current = f.FieldPath;
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
