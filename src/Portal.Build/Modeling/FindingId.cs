namespace Portal.Build.Modeling;

/// <summary>
/// The stable id of one finding on its report page (<c>finding-tree-sum-cell-t02-rows-1-2</c>): its rule and the
/// place it is about, so it stays the same from build to build while the figure and the rule do. The finding's item
/// in the 数据核对 list has it as its id, the flagged cell or paragraph lists it in <c>data-finding</c>, and the
/// checks page and checks.csv link by it.
/// </summary>
public readonly record struct FindingId(string Value)
{
    public override string ToString() => Value;

    /// <summary>The id from a rule and an anchor; <paramref name="ordinal"/> above 1 tells apart findings of one rule at one place.</summary>
    public static FindingId Of(string rule, string anchor, int ordinal)
    {
        var slug = new string(rule.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
        return new FindingId($"finding-{slug}-{anchor}" + (ordinal > 1 ? $"-{ordinal}" : string.Empty));
    }
}
