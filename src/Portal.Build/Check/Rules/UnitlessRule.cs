using Portal.Build.Check.Claims;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>An amount the narrative states with no unit (“收支总计2470.46，”): 元 or 万元 is the reader's guess.</summary>
public sealed class UnitlessRule : ICheckRule
{
    public string Id => "units.missing";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var paragraph in context.Paragraphs)
        {
            foreach (var claim in ClaimReader.Read(paragraph.Text, context.Report.Year).Where(c => c.Unit is null))
            {
                yield return context.Flag(Id, FindingSeverity.Warning, paragraph.Path,
                    $"{paragraph.Section}中“{claim.Words}”没有金额单位（元或万元）。", stated: claim.Printed, at: () => paragraph.Location);
            }
        }
    }
}
