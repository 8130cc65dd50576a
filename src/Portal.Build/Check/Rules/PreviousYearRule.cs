using Portal.Build.Check.Claims;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>
/// Across years: the previous-year figure a change claim implies (this year's ∓ the change) agrees with the
/// previous year's own report, for the figures both name (收、支总计, 支出合计, 人员经费…).
/// </summary>
public sealed class PreviousYearRule : ICheckRule
{
    public string Id => "year.previous";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var finding in ImpliedTwice(context))
        {
            yield return finding;
        }

        if (context.Previous is not { } previous)
        {
            yield break;
        }

        foreach (var paragraph in context.Paragraphs)
        {
            foreach (var claim in ChangeClaims.In(paragraph.Text, context.Report.Year))
            {
                if (claim.Label is not { } label || FigureLabels.Resolve(context.PreviousProse!, label) is not { } own)
                {
                    continue;
                }

                var finding = context.Compare(Id, paragraph.Path, claim.Previous, own,
                    $"{paragraph.Section}隐含的{previous.Year}年“{label}”（本年{Tolerance.Show(claim.Current)}{(claim.Increase ? "−" : "+")}{Tolerance.Show(claim.Change)}）",
                    $"{previous.Year}年度报告本身所列", at: () => paragraph.Location);
                yield return finding is not null && OtherScope(context.PreviousProse!, label, claim.Previous) is { } other
                    ? finding with { Message = finding.Message.TrimEnd('。') + $"；{previous.Year}年度报告的“{other}”正是{Tolerance.Show(claim.Previous)}万元，上年基数疑取自另一口径。" }
                    : finding;
            }

            // “上年收支总计X万元”: last year's figure stated outright.
            foreach (var claim in ClaimReader.Read(paragraph.Text, context.Report.Year).Where(c => c.Year == ClaimYear.Previous && c.Phase == ClaimPhase.Final && c.FigureKey is not null && c.Unit is "万元" or "亿元"))
            {
                yield return context.Compare(Id, paragraph.Path, claim.Value, FigureLabels.Resolve(context.PreviousProse!, claim.Label),
                    $"{paragraph.Section}所述上年“{claim.Label}”", $"{previous.Year}年度报告本身所列", at: () => paragraph.Location);
            }
        }
    }

    /// <summary>Another figure of last year's report that equals the implied base: the base was taken from that 口径 or metric.</summary>
    private static string? OtherScope(ReportProse previous, string label, decimal value) =>
        previous.Paragraphs
            .SelectMany(p => ClaimReader.Read(p.Text, previous.Report.Year))
            .Where(c => c.IsCurrentFinal && c.Label != label && c.Unit == "万元" && c.Value == value)
            .Select(c => c.Label)
            .FirstOrDefault();

    /// <summary>
    /// Two changes of one report that imply last year's figure of the same metric (正文 and 绩效 report, or a paired
    /// 收、支总计 list) must imply the same figure, whether or not last year's report is in the content.
    /// </summary>
    private IEnumerable<Finding?> ImpliedTwice(CheckContext context)
    {
        var first = new Dictionary<string, (decimal Value, decimal Current, string Section, string Label)>(StringComparer.Ordinal);
        foreach (var paragraph in context.Paragraphs)
        {
            var claims = ChangeClaims.In(paragraph.Text, context.Report.Year).Concat(PairedChanges.In(paragraph.Text).SelectMany(p => p.Sides()));
            foreach (var claim in claims)
            {
                if (claim.Label is not { } label || Lexicon.Shipped.FigureOf(label) is not { } figure)
                {
                    continue;
                }

                // 收入总计 and 支出总计 name one figure of a balanced 决算 (one key); each side is compared with its own.
                var key = figure.Key + (label.EndsWith("支出总计", StringComparison.Ordinal) ? "|支出" : string.Empty);
                if (first.TryGetValue(key, out var earlier))
                {
                    // Ten times this year's figure is another 口径's (全市), prose.figure's warning, not a second base.
                    if (earlier.Current != 0m && claim.Current != 0m && (claim.Current / earlier.Current >= 10m || claim.Current / earlier.Current <= 0.1m))
                    {
                        continue;
                    }

                    yield return context.Compare(Id, paragraph.Path, claim.Previous, earlier.Value,
                        $"{paragraph.Section}隐含的上年“{label}”（本年{Tolerance.Show(claim.Current)}{(claim.Increase ? "−" : "+")}{Tolerance.Show(claim.Change)}）",
                        $"本报告{earlier.Section}所述变动隐含的上年“{earlier.Label}”", at: () => paragraph.Location);
                }
                else
                {
                    first[key] = (claim.Previous, claim.Current, paragraph.Section, label);
                }
            }
        }
    }
}
