using Portal.Build.Check.Claims;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>“预算为A万元，决算为B万元，……完成预算的Y%”: Y = B ÷ A. A zero budget is complete.zero-budget's concern.</summary>
public sealed class CompletionClaimRule : ICheckRule
{
    public string Id => "prose.completion";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var paragraph in context.Paragraphs)
        {
            foreach (var claim in CompletionClaims.In(paragraph.Text))
            {
                if (claim.Budget == 0m)
                {
                    continue;
                }

                yield return context.Compare(Id, paragraph.Path, claim.Percent, claim.Actual / claim.Budget * 100m,
                    $"{paragraph.Section}中“完成{claim.Named}的{Tolerance.Show(claim.Percent)}%”", $"按决算{Tolerance.Show(claim.Actual)}÷{claim.Named}{Tolerance.Show(claim.Budget)}计算", unit: "%", at: () => paragraph.Location);
            }
        }
    }
}
