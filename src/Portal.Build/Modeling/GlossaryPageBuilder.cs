using Portal.Core.Model;

namespace Portal.Build.Modeling;

/// <summary>Merges every report's 名词解释 into one glossary, term by term, keeping each distinct wording.</summary>
internal static class GlossaryPageBuilder
{
    public static GlossaryPage Build(SiteInfo site, ContentSet content, IReadOnlyList<DepartmentSummary> summaries)
    {
        var reportSummaries = summaries.SelectMany(s => s.Reports).ToDictionary(r => (r.DepartmentSlug, r.Year));
        var uses = new List<(string Term, string Definition, ReportSummary Report)>();
        foreach (var entry in content.Departments)
        {
            foreach (var report in entry.Reports.Where(r => r.Glossary is not null))
            {
                foreach (var term in report.Glossary!.Terms)
                {
                    uses.Add((NormalizeTerm(term.Term), term.Definition.Trim(), reportSummaries[(entry.Department.Slug, report.Year)]));
                }
            }
        }

        var entries = uses
            .GroupBy(u => u.Term, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GlossaryEntry(
                g.Key,
                g.GroupBy(u => u.Definition, StringComparer.Ordinal)
                    .Select(d => new GlossaryDefinition(d.Key, d.Select(u => u.Report).Distinct().ToArray()))
                    .ToArray()))
            .ToArray();

        return new GlossaryPage
        {
            Site = site,
            Path = SiteModelBuilder.GlossaryPath,
            Title = site.Strings.T("nav.glossary"),
            Breadcrumbs = [site.Home],
            Entries = entries,
        };
    }

    /// <summary>The same term printed with different quotes or spacing is one term.</summary>
    public static string NormalizeTerm(string term) =>
        new string(term.Where(c => !char.IsWhiteSpace(c)).ToArray())
            .Trim('：', ':');
}
