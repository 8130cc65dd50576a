using System.Security.Cryptography;
using System.Text;
using Portal.Core.Model;

namespace Portal.Build.Modeling;

/// <summary>
/// Merges every report's 名词解释 into one glossary, term by term, keeping each distinct wording. The glossary has
/// every term and names at most <see cref="CitedOnGlossary"/> reports per wording, so it grows with the vocabulary,
/// not with the site (it named every citing report: 0.5 MB for six terms at 1,000 reports, 6 MB at 10,000); a term
/// with a wording printed by more has its own pages, <c>glossary/t…/</c>, listing every report.
/// </summary>
internal static class GlossaryPageBuilder
{
    /// <summary>Reports named under a wording on the glossary itself; the rest are on the term's pages.</summary>
    public const int CitedOnGlossary = 10;

    public static IReadOnlyList<PageModel> Build(SiteInfo site, ContentSet content, IReadOnlyList<DepartmentSummary> summaries, int pageSize = Pagination.DefaultSize)
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

        // Tests cut pages after two items; the glossary then names no more reports than a page holds.
        var shown = Math.Min(CitedOnGlossary, pageSize);
        var pages = new List<PageModel>();
        var entries = new List<GlossaryEntry>();
        foreach (var term in uses.GroupBy(u => u.Term, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var wordings = term
                .GroupBy(u => u.Definition, StringComparer.Ordinal)
                .Select((d, i) => new GlossaryWording(i + 1, d.Key, d.Select(u => u.Report).Distinct().ToArray()))
                .ToArray();
            if (wordings.Any(w => w.Reports.Count > shown))
            {
                pages.AddRange(TermPages(site, term.Key, wordings, pageSize));
            }

            // A wording's reports start on the term page holding the citation after every earlier wording's.
            var before = 0;
            entries.Add(new GlossaryEntry(term.Key, [.. wordings.Select(w =>
            {
                var definition = new GlossaryDefinition(w.Text, [.. w.Reports.Take(shown)])
                {
                    Cited = w.Reports.Count,
                    AllCited = w.Reports.Count > shown ? Pagination.PathOf(TermPath(term.Key), before / pageSize + 1) + "#" + w.Anchor : null,
                };
                before += w.Reports.Count;
                return definition;
            })]));
        }

        pages.Insert(0, new GlossaryPage
        {
            Site = site,
            Path = SiteModelBuilder.GlossaryPath,
            Title = site.Strings.T("nav.glossary"),
            Breadcrumbs = [site.Home],
            Entries = entries,
        });
        return pages;
    }

    /// <summary>The same term printed with different quotes or spacing is one term.</summary>
    public static string NormalizeTerm(string term) =>
        new string(term.Where(c => !char.IsWhiteSpace(c)).ToArray())
            .Trim('：', ':');

    /// <summary>
    /// The folder of a term's pages: <c>glossary/t</c> and ten hex digits of the SHA-256 of the normalized term. A
    /// term is Chinese and a path is ASCII here (as department slugs are); the hash keeps a link to a term valid as
    /// other terms are added, which a number in the glossary's order would not.
    /// </summary>
    public static string TermPath(string normalizedTerm) =>
        SiteModelBuilder.GlossaryPath + "t" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedTerm)).AsSpan(0, 5)) + "/";

    /// <summary>The term's pages: its reports wording by wording, cut every <paramref name="pageSize"/>.</summary>
    private static IReadOnlyList<GlossaryTermPage> TermPages(SiteInfo site, string term, IReadOnlyList<GlossaryWording> wordings, int pageSize)
    {
        var citations = wordings.SelectMany(w => w.Reports.Select(r => (Wording: w, Report: r))).ToArray();
        var entry = SiteModelBuilder.GlossaryPath + "#" + GlossaryPage.AnchorOf(term);
        return [.. Pagination.Split(TermPath(term), citations, pageSize).Select(part => new GlossaryTermPage
        {
            Site = site,
            Path = part.Page.Path,
            Title = part.Page.Title(site.Strings.T("glossary.term_title", term), site.Strings),
            Breadcrumbs = [site.Home, new Crumb(site.Strings.T("nav.glossary"), SiteModelBuilder.GlossaryPath)],
            Pagination = part.Page.WhenSplit,
            Term = term,
            Entry = entry,
            Cited = citations.Length,
            Wordings = wordings.Count,
            Items = [.. part.Items.GroupBy(c => c.Wording).Select(g => g.Key with { Reports = [.. g.Select(c => c.Report)] })],
        })];
    }
}
