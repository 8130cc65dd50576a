using Portal.Core.Model;

namespace Portal.Build.Comparison;

/// <summary>
/// A figure that can be compared across years and departments: one of the stated-figure keys
/// (收支总计 … 政府采购) or a 功能分类 类 (<c>function-201</c>).
/// </summary>
public sealed record Metric(string Key, string Label, string Unit)
{
    public const string FunctionPrefix = "function-";

    /// <summary>The figure keys in the order the compare index lists them; head counts are not metrics (they divide them).</summary>
    public static readonly IReadOnlyList<Metric> Figures = StatedFigureKey.All
        .Where(k => k.Unit == "万元")
        .Select(k => new Metric(k.Key, k.Label, k.Unit))
        .ToArray();

    public bool IsFunctionClass => Key.StartsWith(FunctionPrefix, StringComparison.Ordinal);

    public static Metric FunctionClass(string code, string name) => new(FunctionPrefix + code, $"{code} {name}", "万元");
}
