namespace Portal.Build.Check.Rules;

/// <summary>
/// Shares of one whole stated in one paragraph (“A占x%，B占y%，C占z%”) cannot add to more than 100%, beyond the
/// rounding of each share to its printed decimals. Shares whose whole is found are checked one by one by
/// prose.share; this rule reads the ones whose whole the checker cannot find.
/// </summary>
public sealed class ShareTotalRule : ICheckRule
{
    public string Id => "prose.share-total";

    public IEnumerable<Finding?> Check(CheckContext context)
    {
        foreach (var group in ShareClaimRule.Shares(context).Where(s => s.Whole is null).GroupBy(s => (s.Paragraph, s.Label)))
        {
            var shares = group.ToArray();
            var sum = shares.Sum(s => s.Percent);
            // Each printed share may be up to half a unit of its last decimal off.
            var slack = shares.Sum(s => 0.5m / (decimal)Math.Pow(10, s.Percent.Scale));
            if (shares.Length < 2 || sum <= 100m + slack)
            {
                continue;
            }

            var paragraph = group.Key.Paragraph;
            yield return context.Flag(Id, FindingSeverity.Error, paragraph.Path,
                $"{paragraph.Section}中{(group.Key.Label.Length > 0 ? $"占{group.Key.Label}的" : string.Empty)}{shares.Length}个比例（{string.Join("、", shares.Select(s => Tolerance.Show(s.Percent) + "%"))}）相加为{Tolerance.Show(sum)}%，超过100%。",
                stated: sum, computed: 100m, at: () => paragraph.Location);
        }
    }
}
