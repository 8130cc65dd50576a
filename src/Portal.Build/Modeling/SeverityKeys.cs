using Portal.Build.Check;

namespace Portal.Build.Modeling;

/// <summary>
/// The one vocabulary of severities: the theme's <c>checks.error</c>, <c>checks.warning</c> and <c>checks.rounding</c>
/// (错误, 存疑, 尾数误差). The pages, the build's summary, <c>portal check</c> and checks.csv all say a severity with it.
/// </summary>
public static class SeverityKeys
{
    public static string Of(FindingSeverity severity) => "checks." + severity.ToString().ToLowerInvariant();

    /// <summary>Every severity, worst first, as the summaries count them.</summary>
    public static IReadOnlyList<FindingSeverity> All { get; } = Enum.GetValues<FindingSeverity>();
}
