namespace Portal.Core.Model;

/// <summary>Figures the report's text states (for reports that did not publish the tables).</summary>
public sealed record StatedFigures(IReadOnlyDictionary<string, decimal> Values)
{
    public static readonly StatedFigures Empty = new(new Dictionary<string, decimal>());

    /// <summary>What the text states about these figures against the previous year (上年), in printed order.</summary>
    public IReadOnlyList<StatedChange> PreviousYear { get; init; } = [];

    public decimal? Get(string key) => Values.TryGetValue(key, out var v) ? v : null;

    public IEnumerable<StatedChange> ChangesOf(string key) => PreviousYear.Where(c => c.Key == key);
}
