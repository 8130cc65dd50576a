using Portal.Build.Check.Claims;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>
/// A count stated twice (项目个数, 维修改造项目…) is stated alike: every statement of one count of the report's own
/// year, in 决算情况说明, 绩效 reports or 附件, gives the same number. The number stated most often (the first, on a
/// tie) is taken as the report's; each other number is one finding, at its first statement.
/// </summary>
public sealed class ProseCountRule : ICheckRule
{
    public string Id => "prose.count";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        var statements = context.Paragraphs
            .SelectMany(p => CountClaims.Read(p.Text, context.Report.Year).Where(c => c.Year == ClaimYear.Current).Select(c => (Claim: c, Paragraph: p)))
            .ToArray();
        foreach (var count in statements.GroupBy(s => s.Claim.Metric))
        {
            var byValue = count.GroupBy(s => s.Claim.Value).ToArray();
            if (byValue.Length < 2)
            {
                continue;
            }

            var reference = byValue.OrderByDescending(v => v.Count()).First();
            var (said, where) = reference.First();
            var times = reference.Count() > 1 ? $"（共{reference.Count()}处如此）" : string.Empty;
            foreach (var other in byValue.Where(v => v != reference))
            {
                var (claim, paragraph) = other.First();
                yield return context.Flag(Id, FindingSeverity.Error, paragraph.Path,
                    $"{paragraph.Place}所述“{claim.Words}”，而{where.Place}所述“{said.Words}”{times}：同一年度的{claim.Label}一处为{Show(claim)}，一处为{Show(said)}。",
                    stated: claim.Value, computed: said.Value, at: () => paragraph.Location);
            }
        }
    }

    private static string Show(Claim claim) => $"{claim.Value:0}{claim.Unit}";
}
