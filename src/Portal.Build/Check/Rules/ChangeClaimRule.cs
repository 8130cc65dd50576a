using System.Text.RegularExpressions;
using Portal.Build.Check.Claims;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>
/// “比上年增加/减少X万元，增长/下降Y%”: with this year's figure C stated before it in the paragraph, last year's
/// is C ∓ X, and Y = X ÷ last year's. Flags a rate on the wrong base (X ÷ C) as such.
/// </summary>
public sealed partial class ChangeClaimRule : ICheckRule
{
    public string Id => "prose.change";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var paragraph in context.Paragraphs)
        {
            foreach (var claim in ChangeClaims.In(paragraph.Text, context.Report.Year))
            {
                if (claim.Previous <= 0m)
                {
                    continue;
                }

                var computed = claim.Change / claim.Previous * 100m;
                var onCurrent = claim.Current != 0m && Tolerance.Classify(claim.Percent, claim.Change / claim.Current * 100m) is null;
                var finding = context.Compare(Id, paragraph.Path, claim.Percent, computed,
                    $"{paragraph.Section}中“{(claim.Increase ? "增加" : "减少")}{Tolerance.Show(claim.Change)}万元”的变动率",
                    $"按{Tolerance.Show(claim.Change)}÷上年数{Tolerance.Show(claim.Previous)}（本年{Tolerance.Show(claim.Current)}{(claim.Increase ? "−" : "+")}{Tolerance.Show(claim.Change)}）计算",
                    unit: "%", at: () => paragraph.Location);
                if (finding is not null)
                {
                    yield return onCurrent ? finding with { Message = finding.Message[..^1] + "；所印比例是以本年数为基数算出的。" } : finding;
                }
            }
        }
    }
}
