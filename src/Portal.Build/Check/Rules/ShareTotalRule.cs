using Portal.Build.Check.Claims;

namespace Portal.Build.Check.Rules;

/// <summary>
/// Shares of one whole stated in one paragraph (“A占x%，B占y%，C占z%”) cannot add to more than 100%, beyond the
/// rounding of each share to its printed decimals. Shares whose whole is found are checked one by one by
/// prose.share; this rule reads the ones whose whole the checker cannot find. And the shares of a whole's parts
/// that are all of it (lexicon <c>exhaustive_parts</c>: 人员经费 + 公用经费 = 基本支出), stated anywhere in one section,
/// add to 100% whatever base they were computed on: 怀化 2023's 25.93% + 27.65% of 基本支出 are shares of the whole
/// 一般公共预算 (3618.79) that the paragraph calls 基本支出.
/// </summary>
public sealed class ShareTotalRule : ICheckRule
{
    private static readonly Lexicon Words = Lexicon.Shipped;

    public string Id => "prose.share-total";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        var shares = ShareClaimRule.Shares(context).ToArray();
        var exhaustive = new HashSet<(string Path, string Label)>();
        foreach (var group in shares.GroupBy(s => (s.Paragraph.Path, s.Label)))
        {
            if (Words.ExhaustiveParts.FirstOrDefault(e => e.Whole == group.Key.Label) is not { } whole)
            {
                continue;
            }

            // Each part stated once, and nothing else stated as a share of this whole in the section.
            var named = group.Select(s => (Share: s, Part: whole.Parts.FirstOrDefault(p => PartBefore(s, p)))).ToArray();
            if (named.Any(n => n.Part is null) || named.Select(n => n.Part).Distinct().Count() != named.Length || named.Length != whole.Parts.Count)
            {
                continue;
            }

            exhaustive.Add(group.Key);
            var sum = named.Sum(n => n.Share.Percent);
            // A share that is already wrong on its own (prose.share) is the root: the sum it puts off is not another finding.
            if (Math.Abs(sum - 100m) <= Slack(named.Select(n => n.Share)) || named.Any(n => WrongOnItsOwn(n.Share)))
            {
                continue;
            }

            var first = named[0].Share.Paragraph;
            yield return context.Flag(Id, FindingSeverity.Error, first.Path,
                $"{first.Section}中{string.Join("、", named.Select(n => $"{n.Part}占{whole.Whole}的{Tolerance.Show(n.Share.Percent)}%"))}，相加为{Tolerance.Show(sum)}%：{string.Join("与", whole.Parts)}即{whole.Whole}的全部，其比例应合为100%。",
                stated: sum, computed: 100m, at: () => first.Location);
        }

        foreach (var group in shares.Where(s => s.Whole is null && !exhaustive.Contains((s.Paragraph.Path, s.Label))).GroupBy(s => (s.Paragraph, s.Label)))
        {
            var listed = group.ToArray();
            var sum = listed.Sum(s => s.Percent);
            if (listed.Length < 2 || sum <= 100m + Slack(listed))
            {
                continue;
            }

            var paragraph = group.Key.Paragraph;
            yield return context.Flag(Id, FindingSeverity.Error, paragraph.Path,
                $"{paragraph.Section}中{(group.Key.Label.Length > 0 ? $"占{group.Key.Label}的" : string.Empty)}{listed.Length}个比例（{string.Join("、", listed.Select(s => Tolerance.Show(s.Percent) + "%"))}）相加为{Tolerance.Show(sum)}%，超过100%。",
                stated: sum, computed: 100m, at: () => paragraph.Location);
        }
    }

    private static bool WrongOnItsOwn(StatedShare share) =>
        share.Whole is { } whole && whole != 0m && Tolerance.Classify(share.Percent, share.Part / whole * 100m) is not null;

    // Each printed share may be up to half a unit of its last decimal off.
    private static decimal Slack(IEnumerable<StatedShare> shares) => shares.Sum(s => Tolerance.HalfUnit(s.Percent));

    /// <summary>The share's amount follows the part's name (“人员经费938.40万元”, “公用经费为10.00万元”).</summary>
    private static bool PartBefore(StatedShare share, string part)
    {
        var before = share.Paragraph.Text[..share.Index].TrimEnd();
        before = before.EndsWith('为') || before.EndsWith('是') ? before[..^1].TrimEnd() : before;
        return before.EndsWith(part, StringComparison.Ordinal) || before.EndsWith(part + "支出", StringComparison.Ordinal);
    }
}
