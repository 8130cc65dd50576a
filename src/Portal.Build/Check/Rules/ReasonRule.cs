using System.Text.RegularExpressions;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>Every stated year-over-year change gives its reason (“主要原因是…”) in the same paragraph.</summary>
public sealed partial class ReasonRule : ICheckRule
{
    public string Id => "complete.reason";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var paragraph in context.Paragraphs)
        {
            if (Change().IsMatch(paragraph.Text) && !Reason().IsMatch(paragraph.Text))
            {
                yield return context.Flag(Id, FindingSeverity.Warning, paragraph.Path,
                    $"{paragraph.Section}说明了与上年相比的增减，但没有说明原因（“主要原因是……”）。", at: () => paragraph.Location);
            }
        }
    }

    [GeneratedRegex(@"(?:与上年相比|比上年|较上年|与\s*\d{4}\s*年(?:度)?相比|比\s*\d{4}\s*年)[^。]*?(?:增加|减少|增长|下降)\s*\d")]
    private static partial Regex Change();

    [GeneratedRegex("原因|主要是|主要因为|由于|因为|系")]
    private static partial Regex Reason();
}
