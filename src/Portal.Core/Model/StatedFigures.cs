namespace Portal.Core.Model;

/// <summary>Figures the report's text states (for reports that did not publish the tables).</summary>
public sealed record StatedFigures(IReadOnlyDictionary<string, decimal> Values)
{
    public static readonly StatedFigures Empty = new(new Dictionary<string, decimal>());

    public decimal? Get(string key) => Values.TryGetValue(key, out var v) ? v : null;
}
