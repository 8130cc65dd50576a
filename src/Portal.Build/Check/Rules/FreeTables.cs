using Portal.Core.Model;
using Portal.Core.Model.Narrative;
using Portal.Core.Model.Tables;

namespace Portal.Build.Check.Rules;

/// <summary>Every free-form table of a report (其他表格, 绩效 tables, tables inside a narrative section), with its field path.</summary>
internal static class FreeTables
{
    public static IEnumerable<(string Path, GenericTable Table)> Of(Report report)
    {
        for (var i = 0; i < report.OtherTables.Count; i++)
        {
            yield return (FreeTablePaths.Other(i), report.OtherTables[i]);
        }

        if (report.Performance?.Overall is { } overall)
        {
            for (var i = 0; i < overall.Tables.Count; i++)
            {
                yield return (FreeTablePaths.PerformanceOverall(i), overall.Tables[i]);
            }
        }

        foreach (var found in InDocument("overview", report.Overview).Concat(InDocument("explanation", report.Explanation)))
        {
            yield return found;
        }
    }

    private static IEnumerable<(string, GenericTable)> InDocument(string path, Document? document) =>
        document is null ? [] : InSections(path, document.Sections);

    private static IEnumerable<(string, GenericTable)> InSections(string path, IReadOnlyList<Section> sections)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            var sectionPath = $"{path}.sections[{i}]";
            for (var t = 0; t < sections[i].Tables.Count; t++)
            {
                yield return (FreeTablePaths.InSection(sectionPath, t), sections[i].Tables[t]);
            }

            foreach (var inner in InSections(sectionPath, sections[i].Sections))
            {
                yield return inner;
            }
        }
    }
}
