using System.Globalization;

namespace Portal.Corpus.Figures;

/// <summary>Amounts in 万元 with two decimals, split so that the parts add up to the whole exactly.</summary>
public static class Amounts
{
    /// <summary>Splits <paramref name="total"/> into <paramref name="parts"/> amounts of at least 0.00 that sum to it.</summary>
    public static decimal[] Split(Random random, decimal total, int parts)
    {
        var weights = Enumerable.Range(0, parts).Select(_ => 0.2 + random.NextDouble()).ToArray();
        var sum = weights.Sum();
        var cents = (long)(total * 100);
        var result = new decimal[parts];
        long given = 0;
        for (var i = 0; i < parts - 1; i++)
        {
            var share = (long)Math.Floor(cents * weights[i] / sum);
            result[i] = share / 100m;
            given += share;
        }

        result[parts - 1] = (cents - given) / 100m;
        return result;
    }

    /// <summary>A random amount between <paramref name="min"/> and <paramref name="max"/>, to the cent.</summary>
    public static decimal Between(Random random, decimal min, decimal max) =>
        Math.Round(min + (decimal)random.NextDouble() * (max - min), 2);

    /// <summary>A share of a whole, to the cent.</summary>
    public static decimal Share(decimal whole, double fraction) => Math.Round(whole * (decimal)fraction, 2);

    /// <summary>Percent to two decimals, as reports print "占93.62%".</summary>
    // 四舍五入, as the reports round (and the checker recomputes): half away from zero, not to even.
    public static decimal Percent(decimal part, decimal whole) => whole == 0 ? 0 : Math.Round(part * 100 / whole, 2, MidpointRounding.AwayFromZero);

    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
