using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Build.Scaffold;

/// <summary>
/// A value as <c>portal new</c> writes it into YAML: plain when YAML reads it back as that same text (a name of
/// letters and digits, as almost every department name is), otherwise double-quoted. Written plain,
/// <c>第二 #2 机关事务局</c> was read back as <c>第二</c> (the rest a comment), and a colon or quote broke the file.
/// </summary>
public static partial class YamlScalar
{
    public static string Of(string value) => IsPlainSafe(value) ? value : Quoted(value);

    private static bool IsPlainSafe(string value) =>
        value.Length > 0
        && value.All(c => char.IsLetterOrDigit(c) || SafePunctuation.Contains(c))
        && !Reserved().IsMatch(value)
        && !decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    // Chinese punctuation that YAML gives no meaning to, common in official names: 《》（）、·—“”.
    private const string SafePunctuation = "《》（）、·—“”";

    private static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    // Words YAML 1.1 or 1.2 reads as null or a boolean.
    [GeneratedRegex("^(null|true|false|yes|no|on|off|y|n)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reserved();
}
