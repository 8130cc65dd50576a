namespace Portal.Build.Charts;

/// <summary>
/// The two drawings of every chart. An SVG scales with its box, text too: a 640-wide chart on a 375 px phone shrinks its
/// 13-unit text to 7 px. So each chart is drawn twice, wide for screens from 40rem on and narrow (340 units, about a
/// phone's column, legends below) for phones; the theme's CSS shows one. Text is 13 units in both, so it is 13 px at
/// its designed width and never below 12 px on a 375 px phone.
/// </summary>
public sealed record ChartLayout(double Width, string CssClass, string IdSuffix)
{
    public static readonly ChartLayout Wide = new(640, "chart-wide", string.Empty);

    public static readonly ChartLayout Narrow = new(340, "chart-narrow", "-narrow");

    /// <summary>The font size of chart text in SVG units (the theme's CSS sets the same).</summary>
    public const double FontSize = 13;

    /// <summary>Trend charts use a wide page's whole width.</summary>
    public static readonly ChartLayout WideLine = Wide with { Width = 960 };

    public bool IsNarrow => CssClass == Narrow.CssClass;

    /// <summary>How many CJK characters fit in <paramref name="units"/> of width.</summary>
    public static double Characters(double units) => units / FontSize;
}
