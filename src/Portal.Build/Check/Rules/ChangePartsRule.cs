using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>
/// A change explained by its parts (“增加29.77万元……主要原因是：办公费增加7.61万元，水费减少185.13万元……”):
/// the parts, signed, add up to the change.
/// </summary>
public sealed partial class ChangePartsRule : ICheckRule
{
    public string Id => "prose.parts";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var paragraph in context.Paragraphs)
        {
            var text = paragraph.Text;
            var change = Change().Match(text);
            var reason = text.IndexOf("主要原因", StringComparison.Ordinal);
            if (!change.Success || reason < change.Index)
            {
                continue;
            }

            var parts = Part().Matches(text[reason..]).Select(m => (m.Groups["dir"].Value is "增加" ? 1m : -1m) * Amounts.Parse(m.Groups["amt"].Value)).ToArray();
            if (parts.Length < 2)
            {
                continue;
            }

            var total = (change.Groups["dir"].Value is "增加" ? 1m : -1m) * Amounts.Parse(change.Groups["amt"].Value);
            yield return context.Compare(Id, paragraph.Path, total, parts.Sum(),
                $"{paragraph.Section}所述与上年相比的增减（增加为正）", $"按“主要原因”所列{parts.Length}项增减相加", at: () => paragraph.Location);
        }
    }

    [GeneratedRegex(@"(?:比上年决算数|比上年|与上年相比|较上年)[，,]?\s*(?<dir>增加|减少)\s*(?<amt>" + Amounts.Number + @")\s*万元")]
    private static partial Regex Change();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}（）]+?(?<dir>增加|减少)\s*(?<amt>" + Amounts.Number + @")\s*万元")]
    private static partial Regex Part();
}
