using Portal.Core.Diagnostics;
using Portal.Core.Model;
using Portal.Core.Model.Narrative;

namespace Portal.Build.Check.Prose;

/// <summary>
/// Every paragraph of a report's narrative (概况, 决算情况说明, 绩效 reports), located in the YAML: a
/// <c>body: |</c> block starts on the line after its key, so paragraph N is that many lines further down.
/// </summary>
public static class Paragraphs
{
    /// <summary>
    /// The report's paragraphs, split afresh and not kept: the checker keeps them for as long as it reads a report
    /// (<see cref="ReportProse"/>), the pages split them again to place a finding.
    /// </summary>
    public static IReadOnlyList<Paragraph> Read(Report report) => Split(report);

    private static IReadOnlyList<Paragraph> Split(Report report)
    {
        var list = new List<Paragraph>();
        Add(list, report, "overview", report.Overview);
        Add(list, report, "explanation", report.Explanation);
        if (report.Performance is { } p)
        {
            Add(list, report, "performance.overall.report", p.Overall?.Report);
            for (var i = 0; i < p.Reports.Count; i++)
            {
                Add(list, report, $"performance.reports[{i}]", p.Reports[i]);
            }

            for (var i = 0; i < p.Projects.Count; i++)
            {
                Add(list, report, $"performance.projects[{i}].report", p.Projects[i].Report);
            }
        }

        return list;
    }

    private static void Add(List<Paragraph> list, Report report, string path, Document? document)
    {
        if (document is not null)
        {
            AddSections(list, report, path, document.Sections, document.Title ?? document.HeadingRaw ?? string.Empty);
        }
    }

    private static void AddSections(List<Paragraph> list, Report report, string path, IReadOnlyList<Section> sections, string part)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            var sectionPath = $"{path}.sections[{i}]";
            if (section.Body is { } body)
            {
                var bodyPath = sectionPath + ".body";
                var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
                for (var l = 0; l < lines.Length; l++)
                {
                    if (!string.IsNullOrWhiteSpace(lines[l]))
                    {
                        // Full-width digits and “％” read as any other figure by every prose rule.
                        list.Add(new Paragraph(bodyPath, Amounts.Normalise(lines[l]), section.HeadingRaw ?? section.Heading, report, l) { Part = part });
                    }
                }
            }

            AddSections(list, report, sectionPath, section.Sections, part);
        }
    }
}
