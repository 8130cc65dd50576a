namespace Portal.Build.Charts;

/// <summary>
/// The Okabe–Ito palette: eight colours told apart by people with the common colour-vision deficiencies
/// and still distinct when printed in greyscale (they differ in lightness too).
/// </summary>
public static class ChartPalette
{
    public static readonly IReadOnlyList<string> Colours =
        ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

    public static string At(int index) => Colours[index % Colours.Count];
}
