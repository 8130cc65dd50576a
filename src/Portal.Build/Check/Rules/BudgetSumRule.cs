using System.Text.RegularExpressions;
using Portal.Build.Check.Claims;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Rules;

/// <summary>
/// “年初预算为A万元，年中追加B万元，所以该项目本年度共支出C万元” (lexicon <c>budget_additions</c>): in one sentence, a
/// 年初预算 plus what was added in the year is the total the sentence names — a 全年预算, or a figure it presents as the
/// sum (所以, 共计…). An addition introduced by “其中” is only part of the change and is not summed.
/// </summary>
public sealed class BudgetSumRule : ICheckRule
{
    private static readonly Regex Initial = new(@"年初预算(?:数)?(?:为|是)?\s*(?<num>" + Amounts.Number + @")\s*万元", RegexOptions.CultureInvariant);

    private static readonly Regex Amount = new(@"(?<num>" + Amounts.Number + @")\s*万元", RegexOptions.CultureInvariant);

    private static readonly (LexiconBudgetAddition Words, Regex Addition, Regex Total, Regex SumWord)[] Patterns =
        Lexicon.Shipped.BudgetAdditions.Select(b => (
            b,
            new Regex($"(?<word>{Alternation(b.Additions)})(?:资金|经费)?(?:为|了)?\\s*(?<num>{Amounts.Number})\\s*万元", RegexOptions.CultureInvariant),
            new Regex($"(?<word>{Alternation(b.Totals)})(?:为|是)?\\s*(?<num>{Amounts.Number})\\s*万元", RegexOptions.CultureInvariant),
            new Regex(Alternation(b.SumWords), RegexOptions.CultureInvariant))).ToArray();

    public string Id => "prose.budget-sum";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var paragraph in context.Paragraphs)
        {
            var text = paragraph.Text;
            for (var start = 0; start < text.Length;)
            {
                var end = text.IndexOf('。', start);
                end = end < 0 ? text.Length : end + 1;
                foreach (var finding in InSentence(context, paragraph, text[start..end]))
                {
                    yield return finding;
                }

                start = end;
            }
        }
    }

    private IEnumerable<Finding?> InSentence(CheckContext context, Paragraph paragraph, string sentence)
    {
        if (Initial.Match(sentence) is not { Success: true } initial)
        {
            yield break;
        }

        foreach (var (_, additionPattern, totalPattern, sumWord) in Patterns)
        {
            // Additions after the 年初预算 that are the whole change, not “其中” one part of it.
            var additions = additionPattern.Matches(sentence, initial.Index + initial.Length)
                .Where(a => !sentence[ClaimReader.ClauseStart(sentence, a.Index)..a.Index].Contains("其中", StringComparison.Ordinal))
                .ToArray();
            if (additions.Length == 0)
            {
                continue;
            }

            var last = additions[^1];
            var after = last.Index + last.Length;
            var total = totalPattern.Match(sentence, initial.Index + initial.Length);
            if (!total.Success && sumWord.Match(sentence, after) is { Success: true } word)
            {
                total = Amount.Match(sentence, word.Index);
            }

            if (!total.Success)
            {
                continue;
            }

            var added = additions.Sum(a => Amounts.Parse(a.Groups["num"].Value));
            var parts = $"年初预算{initial.Groups["num"].Value}万元加" + string.Join("、", additions.Select(a => $"{a.Groups["word"].Value}{a.Groups["num"].Value}万元"));
            yield return context.Compare(Id, paragraph.Path, Amounts.Parse(total.Groups["num"].Value), Amounts.Parse(initial.Groups["num"].Value) + added,
                $"{paragraph.Place}所述“{sentence[initial.Index..].Trim().TrimEnd('。')}”中的合计", parts, at: () => paragraph.Location);
        }
    }

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Distinct().OrderByDescending(w => w.Length).Select(Regex.Escape));
}
