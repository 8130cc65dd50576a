using System.Globalization;

namespace Portal.Build.Render;

/// <summary>How figures are shown: at least two decimals, and every further decimal the source printed.</summary>
public static class AmountFormat
{
    public static string Amount(decimal? value) =>
        value?.ToString("0.00############", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>Scores, weights, percentages and head counts: exactly as printed (10 stays 10, 96.5 stays 96.5).</summary>
    public static string Plain(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Percent(decimal? value) => value is null ? string.Empty : Plain(value) + "%";
}
