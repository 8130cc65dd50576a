using Portal.Build.Check.Prose;
using Portal.Build.Check.Claims;

namespace Portal.Build.Check.Rules;

/// <summary>
/// 财政拨款收入 (支出) = 一般公共预算 + 政府性基金 + 国有资本经营预算财政拨款收入 (支出): the columns of the
/// 财政拨款收入支出决算总表. A report that states the whole and its parts (in the text, or the tables and stated figures)
/// must state a whole that is their sum. Where a part is not given, only a whole below the given parts is wrong.
/// Only the first statement of the whole is compared here; prose.figure compares the later ones with it.
/// </summary>
public sealed class FiscalPartsRule : ICheckRule
{
    public string Id => "prose.fiscal-parts";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        var report = context.Report;
        var claims = ScopeFigures.Claims(context.Prose);
        foreach (var identity in Lexicon.Shipped.ScopeParts)
        {
            foreach (var metric in identity.Metrics)
            {
                if (ScopeFigures.First(claims, metric, identity.Whole) is not { } whole)
                {
                    continue;
                }

                var parts = ScopeFigures.PartsOf(report, claims, identity, metric);
                if (parts.Given.Count == 0 || (!parts.Complete && whole.Claim.Value >= parts.Sum - Tolerance.Rounding))
                {
                    continue;
                }

                var (claim, paragraph) = whole;
                var finding = context.Compare(Id, paragraph.Path, claim.Value, parts.Sum, $"{paragraph.Place}所述“{claim.Label}”",
                    $"按本报告所列{parts.Words}{(parts.Complete ? "之和" : "（已列部分）之和")}", at: () => paragraph.Location);
                if (finding is null)
                {
                    continue;
                }

                var note = ScopeFigures.SameValueAs(claims, claim) is { } other ? $"所述{Tolerance.Show(claim.Value)}万元正是本报告的“{other}”，疑把该口径的数字当作了{claim.Label}" : null;
                if (PreviousScopePartsRule.BaseOfPart(context, paragraph, claim, identity, metric) is { } base_)
                {
                    note = (note is null ? string.Empty : note + "；") + base_;
                }

                yield return note is null ? finding : finding with { Message = finding.Message.TrimEnd('。') + "；" + note + "。" };
            }
        }
    }
}
