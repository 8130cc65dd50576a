using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Build.Check.Prose;

/// <summary>Numbers as the narrative prints them: “3,865.52”, “837. 85” (stray space), “0”.</summary>
public static partial class Amounts
{
    /// <summary>
    /// An amount pattern for use inside larger patterns. Bounded (16 digits, 4 decimals, never starting inside another
    /// number) so that every match parses as a decimal and the rules' sums and shares of them cannot overflow: a
    /// longer run of digits is not a figure the checker can check, and is not matched at all.
    /// </summary>
    public const string Number = @"(?<![\d,.])\d[\d,]{0,15}(?:\.\s?\d{1,4})?";

    /// <summary>A percentage's number (before “%”), bounded for the same reason.</summary>
    public const string Percent = @"(?<![\d.])\d{1,15}(?:\.\d{1,6})?";

    /// <summary>
    /// Full-width digits, “．”, “％” and the ideographic space as their ASCII forms, one character for one, so an
    /// index into the normalised text is an index into the printed one.
    /// </summary>
    public static string Normalise(string text)
    {
        var chars = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            chars.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' => '.',
                '％' => '%',
                '　' => ' ',
                // “１，２００．５０”: a full-width comma between a digit and three more is a thousands separator.
                '，' when i > 0 && IsDigit(text[i - 1]) && i + 3 < text.Length && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && IsDigit(text[i + 3]) && (i + 4 == text.Length || !IsDigit(text[i + 4])) => ',',
                _ => c,
            });
        }

        return chars.ToString();
    }

    private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    public static decimal Parse(string text) =>
        decimal.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>Every “X万元” in a text, with its position.</summary>
    public static IEnumerable<(int Index, decimal Value)> WanYuan(string text) =>
        WanYuanPattern().Matches(text).Select(m => (m.Index, Parse(m.Groups[1].Value)));

    [GeneratedRegex(@"(" + Number + @")\s*万元")]
    private static partial Regex WanYuanPattern();
}
