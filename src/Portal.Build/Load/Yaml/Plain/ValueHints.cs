using System.Text.RegularExpressions;
using Portal.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Build.Load.Yaml.Plain;

/// <summary>
/// What to type instead, for the ways an amount is commonly written as it looks in Word rather than as YAML needs it:
/// a thousands separator (<c>1,000.00</c>), a unit after the number (<c>100.50万元</c>), a full-width comma between
/// the cells of a row. Each message names the exact text to write.
/// </summary>
internal static partial class ValueHints
{
    /// <summary>The message for an amount field that holds <paramref name="text"/>, or null when no hint fits.</summary>
    public static string? ForAmount(string text, MessageLanguage language)
    {
        var trimmed = text.Trim();
        if (ThousandsNumber().IsMatch(trimmed))
        {
            return ThousandsMessage(trimmed, language);
        }

        if (NumberWithUnit().Match(trimmed) is { Success: true } unit)
        {
            var number = unit.Groups["number"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
            var name = unit.Groups["unit"].Value;
            return language.Say(
                $"金额后面不要写单位“{name}”：单位由报告的 unit 统一规定（默认万元），写成 {number}",
                $"do not write the unit '{name}' after an amount: the report's unit says it once for all (万元 by default), write {number}");
        }

        return null;
    }

    /// <summary>
    /// Explains a row of a fixed number of cells that came out with another number, when a thousands separator split
    /// an amount in two (<c>[3, 总计, 1,000.00]</c> is four cells: <c>1</c> and <c>000.00</c>) or a full-width comma
    /// joined two cells. Returns the cell to point at and the message, or null.
    /// </summary>
    public static (YamlNode At, int ColumnOffset, string Message)? ForRow(IReadOnlyList<YamlNode> cells, int expected, MessageLanguage language)
    {
        var counts = language.Say($"（这一行应有 {expected} 格，现在是 {cells.Count} 格）", $" (this row needs {expected} cells, it has {cells.Count})");
        if (cells.Count > expected)
        {
            for (var i = 0; i + 1 < cells.Count; i++)
            {
                var run = ThousandsRun(cells, i);
                if (run > 1)
                {
                    var written = string.Join(",", cells.Skip(i).Take(run).Select(c => ((YamlScalarNode)c).Value));
                    return (cells[i], 0, ThousandsMessage(written, language) + counts);
                }
            }
        }

        if (cells.Count < expected)
        {
            foreach (var cell in cells)
            {
                if (cell is YamlScalarNode { Value: { } value } && value.IndexOf('，', StringComparison.Ordinal) is >= 0 and var comma)
                {
                    return (cell, comma, YamlSyntaxExplainer.FullWidthCommaMessage(language) + counts);
                }
            }
        }

        return null;
    }

    private static string ThousandsMessage(string written, MessageLanguage language)
    {
        var plain = written.Replace(",", string.Empty, StringComparison.Ordinal);
        return language.Say(
            $"金额 {written} 里不要写千位分隔符“,”：写成 {plain}",
            $"do not write thousands separators in an amount: write {written} as {plain}");
    }

    /// <summary>
    /// How many cells from <paramref name="start"/> are the pieces of one number split at its thousands separators:
    /// one to three digits, then groups of exactly three digits (the last may have decimals), each piece starting right
    /// after the comma before it (no space: a comma typed between two cells is followed by one).
    /// </summary>
    private static int ThousandsRun(IReadOnlyList<YamlNode> cells, int start)
    {
        if (cells[start] is not YamlScalarNode { Value: { } first } head || !LeadingGroup().IsMatch(first))
        {
            return 0;
        }

        var run = 1;
        var previous = head;
        while (start + run < cells.Count
            && cells[start + run] is YamlScalarNode { Value: { } next } piece
            && ThreeDigitGroup().IsMatch(next)
            && piece.Start.Line == previous.End.Line
            && piece.Start.Column == previous.End.Column + 1)
        {
            previous = piece;
            run++;
            if (next.Contains('.', StringComparison.Ordinal))
            {
                break;
            }
        }

        return run;
    }

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex ThousandsNumber();

    [GeneratedRegex(@"^(?<number>-?[\d,]*\d(\.\d+)?)\s*(?<unit>万元|亿元|元)$")]
    private static partial Regex NumberWithUnit();

    [GeneratedRegex(@"^-?\d{1,3}$")]
    private static partial Regex LeadingGroup();

    [GeneratedRegex(@"^\d{3}(\.\d+)?$")]
    private static partial Regex ThreeDigitGroup();
}
