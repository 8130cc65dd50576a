namespace Portal.Build.Check;

/// <summary>
/// Compares a printed figure with its recomputed value. A figure agrees when the recomputed value, rounded to
/// the decimals the source printed, equals it; within ±0.01 (万元 or percentage point) it is 尾数误差.
/// </summary>
public static class Tolerance
{
    public const decimal Rounding = 0.01m;

    public static FindingSeverity? Classify(decimal stated, decimal computed)
    {
        if (Math.Round(computed, stated.Scale, MidpointRounding.AwayFromZero) == stated)
        {
            return null;
        }

        return Math.Abs(stated - computed) <= Rounding ? FindingSeverity.Rounding : FindingSeverity.Error;
    }

    /// <summary>
    /// Half a unit of the figure's last printed decimal (99.86 → 0.005, 100 → 0.5): how far the true value may be from
    /// what is printed, by the rule <see cref="Classify"/> applies.
    /// </summary>
    public static decimal HalfUnit(decimal printed) => new(5, 0, 0, false, (byte)Math.Min(printed.Scale + 1, 28));

    /// <summary>A figure as Chinese readers expect it: the printed decimals, no trailing noise.</summary>
    public static string Show(decimal value) =>
        (value.Scale <= 3 ? value : Math.Round(value, 2, MidpointRounding.AwayFromZero)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
