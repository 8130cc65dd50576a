using System.Globalization;

namespace Portal.Build.Render;

/// <summary>How changes are shown: always signed (+29.77, −854.56), so a decrease never reads as an amount.</summary>
public static class ChangeFormat
{
    public static string Signed(decimal? value) => value switch
    {
        null => string.Empty,
        > 0m => "+" + AmountFormat.Amount(value),
        < 0m => "−" + AmountFormat.Amount(-value),
        _ => AmountFormat.Amount(value),
    };

    public static string Percent(decimal? value) => value switch
    {
        null => string.Empty,
        > 0m => "+" + value.Value.ToString(CultureInfo.InvariantCulture) + "%",
        < 0m => "−" + (-value.Value).ToString(CultureInfo.InvariantCulture) + "%",
        _ => "0%",
    };

    /// <summary>A CSS class for the direction of a change (the theme marks it with a symbol, not only a colour).</summary>
    public static string Direction(decimal? value) => value switch
    {
        > 0m => "up",
        < 0m => "down",
        _ => "same",
    };
}
