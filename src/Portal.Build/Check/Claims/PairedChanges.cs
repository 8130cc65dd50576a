using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Build.Check.Prose;

namespace Portal.Build.Check.Claims;

/// <summary>
/// “（财政拨款）收、支总计A万元、B万元。与上年相比，收、支总计各减少a万元、b万元，下降x%、y%”: both sides' change,
/// with this year's totals the paragraph states before it under the same 口径.
/// </summary>
public static partial class PairedChanges
{
    public static IEnumerable<PairedChange> In(string text)
    {
        foreach (Match m in Pair().Matches(text))
        {
            var scope = m.Groups["what"].Value;
            if (Totals().Matches(text[..m.Index]).LastOrDefault(t => t.Groups["what"].Value == scope) is not { } totals)
            {
                continue;
            }

            yield return new PairedChange(
                scope,
                Amounts.Parse(totals.Groups["income"].Value),
                Amounts.Parse(totals.Groups["spend"].Value),
                m.Groups["dir"].Value == "增加",
                Amounts.Parse(m.Groups["a"].Value),
                Amounts.Parse(m.Groups["b"].Value),
                decimal.Parse(m.Groups["pa"].Value, CultureInfo.InvariantCulture),
                decimal.Parse(m.Groups["pb"].Value, CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"(?<what>财政拨款)?收、?支总计各(?<dir>增加|减少)\s*(?<a>" + Amounts.Number + @")\s*万元\s*[、和]\s*(?<b>" + Amounts.Number + @")\s*万元\s*[，,]\s*(?:增长|下降|减少|增加|上升)\s*(?<pa>" + Amounts.Percent + @")\s*%\s*[、和]\s*(?<pb>" + Amounts.Percent + @")\s*%")]
    private static partial Regex Pair();

    /// <summary>“（财政拨款）收、支总计A万元、B万元”: groups what, income, spend (prose.balance reads it too).</summary>
    [GeneratedRegex(@"(?<what>财政拨款)?收、?支总计(?:分别为)?\s*(?<income>" + Amounts.Number + @")\s*万元\s*[、和及]\s*(?<spend>" + Amounts.Number + @")\s*万元")]
    internal static partial Regex Totals();
}

/// <summary>Both sides of a paired 收、支总计 change: this year's totals, the changes, the printed rates.</summary>
/// <param name="Scope">“财政拨款” or empty (all funds).</param>
public sealed record PairedChange(string Scope, decimal Income, decimal Expenditure, bool Increase, decimal IncomeChange, decimal ExpenditureChange, decimal IncomePercent, decimal ExpenditurePercent)
{
    public decimal PreviousIncome => Increase ? Income - IncomeChange : Income + IncomeChange;

    public decimal PreviousExpenditure => Increase ? Expenditure - ExpenditureChange : Expenditure + ExpenditureChange;

    /// <summary>The two sides as single change claims (label: the figure each side is, as the narrative names it alone).</summary>
    public IEnumerable<ChangeClaim> Sides()
    {
        yield return new ChangeClaim(Scope + "收入总计", Income, Increase, IncomeChange, IncomePercent, 0);
        yield return new ChangeClaim(Scope + "支出总计", Expenditure, Increase, ExpenditureChange, ExpenditurePercent, 0);
    }
}
