using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>“预算为A万元，决算为B万元，完成预算的Y%”: Y = B ÷ A. A zero budget is complete.zero-budget's concern.</summary>
public sealed partial class CompletionClaimRule : ICheckRule
{
    public string Id => "prose.completion";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var paragraph in Paragraphs.Of(context.Report))
        {
            foreach (Match m in Completion().Matches(paragraph.Text))
            {
                var budget = Amounts.Parse(m.Groups["budget"].Value);
                var actual = Amounts.Parse(m.Groups["actual"].Value);
                if (budget == 0m)
                {
                    continue;
                }

                yield return context.Compare(Id, paragraph.Path, decimal.Parse(m.Groups["pct"].Value, CultureInfo.InvariantCulture), actual / budget * 100m,
                    $"{paragraph.Section}中的预算完成率", $"按决算{Tolerance.Show(actual)}÷预算{Tolerance.Show(budget)}计算", unit: "%", at: () => paragraph.Location);
            }
        }
    }

    /// <summary>预算(数)为A万元，(支出)决算(数)为B万元，完成(年初)预算的Y%.</summary>
    [GeneratedRegex(@"预算(?:数)?为\s*(?<budget>" + Amounts.Number + @")\s*万元\s*[，,]\s*(?:支出)?决算(?:数)?为\s*(?<actual>" + Amounts.Number + @")\s*万元\s*[，,]\s*完成(?:年初)?预算的?\s*(?<pct>" + Amounts.Percent + @")\s*%")]
    internal static partial Regex Completion();
}
