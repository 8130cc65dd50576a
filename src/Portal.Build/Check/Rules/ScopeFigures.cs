using Portal.Build.Check.Claims;
using Portal.Build.Check.Prose;
using Portal.Build.Figures;
using Portal.Core.Model;

namespace Portal.Build.Check.Rules;

/// <summary>
/// The department's own 决算 figures of its report's year by metric and 口径 (lexicon <c>scope_parts</c>), as the report
/// gives them: from <see cref="ReportFigures"/> (tables, then stated figures) where the lexicon names a key, else the
/// first statement of its narrative. A project's report (绩效 项目) speaks of the project's money and is not read.
/// </summary>
internal static class ScopeFigures
{
    /// <summary>One figure: its label (“政府性基金预算财政拨款支出”), value, and where it is given (“公开05表”, a section).</summary>
    internal sealed record Figure(string Label, decimal Value, string Source)
    {
        /// <summary>Printed in a table (named in messages: the reader looks it up there).</summary>
        public bool InTable { get; init; }
    }

    /// <summary>A whole's parts as the report gives them: their sum and whether every part is given.</summary>
    internal sealed record Parts(IReadOnlyList<Figure> Given, bool Complete)
    {
        public decimal Sum => Given.Sum(p => p.Value);

        /// <summary>“一般公共预算财政拨款支出1736.97万元、政府性基金预算财政拨款支出350.87万元…”.</summary>
        public string Words => string.Join("、", Given.Select(p => $"{p.Label}{Tolerance.Show(p.Value)}万元{(p.InTable ? $"（{p.Source}）" : string.Empty)}"));
    }

    /// <summary>Every 决算 claim of the report's own year in 万元 (or 亿元), outside projects' reports, with its paragraph.</summary>
    public static IReadOnlyList<(Claim Claim, Paragraph Paragraph)> Claims(ReportProse report) =>
        report.Paragraphs
            .Where(p => !p.Path.StartsWith("performance.projects", StringComparison.Ordinal))
            .SelectMany(p => ClaimReader.Read(p.Text, report.Report.Year).Where(c => c.IsCurrentFinal && c.Unit is "万元" or "亿元").Select(c => (c, p)))
            .ToArray();

    /// <summary>The first statement of <paramref name="metric"/> under <paramref name="scope"/>.</summary>
    public static (Claim Claim, Paragraph Paragraph)? First(IReadOnlyList<(Claim Claim, Paragraph Paragraph)> claims, string metric, string scope) =>
        claims.Where(c => c.Claim.Metric == metric && c.Claim.Scope == scope).Select(c => ((Claim, Paragraph)?)c).FirstOrDefault();

    /// <summary>The figure of <paramref name="metric"/> under <paramref name="scope"/>: data first (one source of truth), else the text.</summary>
    public static Figure? Find(Report report, IReadOnlyList<(Claim Claim, Paragraph Paragraph)> claims, string metric, string scope)
    {
        if (Lexicon.Shipped.Metrics.First(m => m.Id == metric).Figures.GetValueOrDefault(scope) is { } key && ReportFigures.Resolve(report, key) is { } resolved)
        {
            return new Figure(StatedFigureKey.Find(key)?.Label ?? key, resolved.Value, resolved.Table is { } table ? table.ShortName : "本报告所列主要数字") { InTable = resolved.Table is not null };
        }

        return First(claims, metric, scope) is { } first ? new Figure(first.Claim.Label, first.Claim.Value, first.Paragraph.Place) : null;
    }

    /// <summary>The parts of <paramref name="metric"/> under <paramref name="identity"/>'s 口径 parts.</summary>
    public static Parts PartsOf(Report report, IReadOnlyList<(Claim Claim, Paragraph Paragraph)> claims, LexiconScopeParts identity, string metric)
    {
        var given = identity.Parts.Select(scope => Find(report, claims, metric, scope)).OfType<Figure>().ToArray();
        return new Parts(given, given.Length == identity.Parts.Count);
    }

    /// <summary>Another figure the report states with exactly this value (“正是本报告所述“一般公共预算财政拨款支出””).</summary>
    public static string? SameValueAs(IReadOnlyList<(Claim Claim, Paragraph Paragraph)> claims, Claim claim) =>
        claims.Where(c => c.Claim.Value == claim.Value && c.Claim.Subject != claim.Subject && c.Claim.Value != 0m)
            .Select(c => c.Claim.Label).FirstOrDefault();
}
