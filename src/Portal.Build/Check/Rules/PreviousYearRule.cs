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
        if (context.Previous is not { } previous)
        {
            yield break;
        }

        foreach (var paragraph in Paragraphs.Of(context.Report))
        {
            foreach (var claim in ChangeClaims.In(paragraph.Text, context.Report.Year))
            {
                if (claim.Label is not { } label || FigureLabels.Resolve(previous, label) is not { } own)
                {
                    continue;
                }

                yield return context.Compare(Id, paragraph.Path, claim.Previous, own,
                    $"{paragraph.Section}隐含的{previous.Year}年“{label}”（本年{Tolerance.Show(claim.Current)}{(claim.Increase ? "−" : "+")}{Tolerance.Show(claim.Change)}）",
                    $"{previous.Year}年度报告本身所列", at: () => paragraph.Location);
            }

            // “上年收支总计X万元”: last year's figure stated outright.
            foreach (var claim in ClaimReader.Read(paragraph.Text, context.Report.Year).Where(c => c.Year == ClaimYear.Previous && c.Phase == ClaimPhase.Final && c.FigureKey is not null && c.Unit is "万元" or "亿元"))
            {
                yield return context.Compare(Id, paragraph.Path, claim.Value, FigureLabels.Resolve(previous, claim.Label),
                    $"{paragraph.Section}所述上年“{claim.Label}”", $"{previous.Year}年度报告本身所列", at: () => paragraph.Location);
            }
        }
    }
}
