using System.Text.RegularExpressions;
using Portal.Build.Check.Claims;
using Portal.Build.Check.Prose;
using Portal.Build.Figures;

namespace Portal.Build.Check.Rules;

/// <summary>
/// 政府采购 (lexicon <c>procurement</c>): the 中小企业 awards of two disjoint groups of projects (面向中小企业预留的项目,
/// 其他项目) together cannot exceed the 政府采购 total; and when all three categories (货物, 工程, 服务) are stated, they
/// are the total (prose.list-sum already reports categories that exceed it).
/// </summary>
public sealed class ProcurementRule : ICheckRule
{
    private const string Key = "procurement_total";

    private static readonly LexiconProcurement[] Words = Lexicon.Shipped.Procurement.ToArray();

    private static readonly (Regex Total, Regex Category, Regex[] Sme)[] Patterns = Words.Select(w => (
        new Regex($"(?:{Alternation(w.Totals)})(?:（[^）]*）|\\([^)]*\\))?(?:为|是)?\\s*(?<num>{Amounts.Number})\\s*万元", RegexOptions.CultureInvariant),
        new Regex($"(?:政府采购)?(?<cat>{Alternation(w.Categories)})(?:采购)?(?:金额|支出)(?:为)?\\s*(?<num>{Amounts.Number})\\s*万元", RegexOptions.CultureInvariant),
        w.SmeParts.Select(p => new Regex(string.Join(@"\s*", p.Select(c => Regex.Escape(c.ToString()))) + $"\\s*[，,]?\\s*采购金额(?:为)?\\s*(?<num>{Amounts.Number})\\s*万元", RegexOptions.CultureInvariant)).ToArray())).ToArray();

    public string Id => "prose.procurement";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        var stated = ReportFigures.Resolve(context.Report, Key)?.Value;
        foreach (var (totalPattern, categoryPattern, smePatterns) in Patterns)
        {
            decimal? total = stated;
            foreach (var paragraph in context.Paragraphs)
            {
                var text = paragraph.Text;
                if (totalPattern.Match(text) is { Success: true } t)
                {
                    total ??= Amounts.Parse(t.Groups["num"].Value);

                    // All three categories in the total's sentence: they are the total.
                    var end = text.IndexOf('。', t.Index);
                    var categories = categoryPattern.Matches(text[..(end < 0 ? text.Length : end)], t.Index + t.Length)
                        .GroupBy(c => c.Groups["cat"].Value).Select(g => g.First()).ToArray();
                    var printed = Amounts.Parse(t.Groups["num"].Value);
                    var sum = categories.Sum(c => Amounts.Parse(c.Groups["num"].Value));
                    if (categories.Length == Words[0].Categories.Count && printed - sum > Tolerance.Rounding)
                    {
                        yield return context.Compare(Id, paragraph.Path, printed, sum, $"{paragraph.Place}所述政府采购总额",
                            "其下" + string.Join("、", categories.Select(c => $"{c.Groups["cat"].Value}{c.Groups["num"].Value}万元")) + "之和", at: () => paragraph.Location);
                    }
                }

                var awards = smePatterns.Select(p => p.Match(text)).Where(m => m.Success).ToArray();
                if (total is { } whole && awards.Length > 1 && awards.Sum(a => Amounts.Parse(a.Groups["num"].Value)) is var won && won - whole > Tolerance.Rounding)
                {
                    yield return context.Flag(Id, FindingSeverity.Error, paragraph.Path,
                        $"{paragraph.Place}所述由中小企业中标或成交的采购金额，"
                        + string.Join("；", awards.Select(a => $"“{a.Value.Split('，', ',')[0]}”{a.Groups["num"].Value}万元"))
                        + $"，合计{Tolerance.Show(won)}万元，比政府采购总额{Tolerance.Show(whole)}万元多{Tolerance.Show(won - whole)}万元：预留项目与其他项目互不重叠，两者之和不能大于采购总额。",
                        stated: won, computed: whole, at: () => paragraph.Location);
                }
            }
        }
    }

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Distinct().OrderByDescending(w => w.Length).Select(Regex.Escape));
}
