using Portal.Build.Check.Claims;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>
/// A change of a whole of 口径 parts (“部门财政拨款收入1619.15万元…减少606.42万元”) implies last year's whole, which last
/// year's report gives as the sum of its parts (一般公共预算 + 政府性基金 + 国有资本经营) — also when it never states the
/// whole itself — or else as its own statement of the whole. The message names the part the base equals: the change
/// was computed on one 口径 only.
/// </summary>
public sealed class PreviousScopePartsRule : ICheckRule
{
    public string Id => "year.previous";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        if (context.Previous is not { } previous)
        {
            yield break;
        }

        var report = context.Report;
        var claims = ScopeFigures.Claims(context.Prose);
        var before = ScopeFigures.Claims(context.PreviousProse!);
        foreach (var identity in Lexicon.Shipped.ScopeParts)
        {
            foreach (var metric in identity.Metrics)
            {
                var parts = ScopeFigures.PartsOf(report, claims, identity, metric);
                var last = LastYears(previous, before, identity, metric);
                foreach (var (claim, paragraph) in claims.Where(c => c.Claim.Metric == metric && c.Claim.Scope == identity.Whole))
                {
                    // A whole that is itself off its parts is prose.fiscal-parts' (or prose.figure's) finding, with this in its message.
                    if (last is not { } own || (parts.Complete && Tolerance.Classify(claim.Value, parts.Sum) is not null) || ChangeOf(paragraph, claim) is not { } change)
                    {
                        continue;
                    }

                    var finding = context.Compare(Id, paragraph.Path, change.Previous, own.Value,
                        $"{paragraph.Place}所述变动隐含的{previous.Year}年“{claim.Label}”（本年{Tolerance.Show(change.Current)}{(change.Increase ? "−" : "+")}{Tolerance.Show(change.Change)}）",
                        $"{previous.Year}年度报告{own.Words}", at: () => paragraph.Location);
                    yield return finding is not null && PartEqualTo(previous, before, identity, metric, change.Previous) is { } part
                        ? finding with { Message = finding.Message.TrimEnd('。') + $"；{previous.Year}年度报告的“{part.Label}”正是{Tolerance.Show(part.Value)}万元，上年基数疑只取了这一口径。" }
                        : finding;
                }
            }
        }
    }

    /// <summary>
    /// For prose.fiscal-parts' message: the change stated with a wrong whole was computed on last year's figure of one
    /// part (“其变动也正是按2021年度报告的“一般公共预算财政拨款支出”2230.72万元计算的”), or null.
    /// </summary>
    internal static string? BaseOfPart(CheckContext context, Paragraph paragraph, Claim claim, LexiconScopeParts identity, string metric) =>
        context.Previous is { } previous && ChangeOf(paragraph, claim) is { } change
        && PartEqualTo(previous, ScopeFigures.Claims(context.PreviousProse!), identity, metric, change.Previous) is { } part
            ? $"其变动（{(change.Increase ? "增加" : "减少")}{Tolerance.Show(change.Change)}万元）也正是按{previous.Year}年度报告的“{part.Label}”{Tolerance.Show(part.Value)}万元计算的"
            : null;

    /// <summary>The change stated after <paramref name="claim"/> in its paragraph whose current figure is the claim's.</summary>
    private static ChangeClaim? ChangeOf(Paragraph paragraph, Claim claim) =>
        ChangeClaims.In(paragraph.Text, paragraph.Report.Year).FirstOrDefault(c => c.Index > claim.Index && c.Current == claim.Value);

    /// <summary>Last year's whole: the sum of its parts when the report gives them all, else its own first statement of the whole.</summary>
    private static (decimal Value, string Words)? LastYears(Portal.Core.Model.Report previous, IReadOnlyList<(Claim Claim, Paragraph Paragraph)> before, LexiconScopeParts identity, string metric)
    {
        var parts = ScopeFigures.PartsOf(previous, before, identity, metric);
        if (parts.Complete)
        {
            return (parts.Sum, $"所列{parts.Words}之和");
        }

        return ScopeFigures.First(before, metric, identity.Whole) is { } whole ? (whole.Claim.Value, $"{whole.Paragraph.Place}所述“{whole.Claim.Words}”") : null;
    }

    private static ScopeFigures.Figure? PartEqualTo(Portal.Core.Model.Report previous, IReadOnlyList<(Claim Claim, Paragraph Paragraph)> before, LexiconScopeParts identity, string metric, decimal value) =>
        ScopeFigures.PartsOf(previous, before, identity, metric).Given.FirstOrDefault(p => p.Value == value && p.Value != 0m);
}
