using System.Text.RegularExpressions;
using Portal.Core.Diagnostics;

namespace Portal.Build.Load.Yaml.Plain;

/// <summary>A YAML syntax error as the webmaster should read it: where the mistake is and what to type instead.</summary>
internal sealed record PlainYamlError(int Line, int Column, string Message);

/// <summary>
/// Turns YamlDotNet's syntax errors ("While scanning a multiline plain scalar, found invalid mapping") into plain
/// words at the place of the mistake. The parser reports where it gave up, which for the common mistakes of someone
/// typing a report on a Chinese keyboard is a line or a whole file later than the mistake itself; so the text is
/// looked at again for those mistakes first (an unclosed bracket, a Tab, a full-width colon or comma, an unclosed
/// quote), and only a mistake none of them explains gets a translation of the parser's own message.
/// </summary>
internal static partial class YamlSyntaxExplainer
{
    private const string ZhPrefix = "YAML 格式错误：";
    private const string EnPrefix = "malformed YAML: ";

    /// <param name="line">The parser's 1-based line, or 0 when it gave none (the end of the text is assumed).</param>
    /// <param name="parserMessage">The parser's message without its position prefix, or null.</param>
    public static PlainYamlError Explain(string text, int line, int column, string? parserMessage, MessageLanguage language)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (line <= 0 || line > lines.Length)
        {
            line = lines.Length;
            column = 1;
        }

        return UnclosedBracket(lines, line, language)
            ?? Tab(lines, TabMentioned(parserMessage) ? lines.Length : line, language)
            ?? FullWidthColon(lines, line, language)
            ?? FullWidthComma(lines, line, language)
            ?? UnclosedQuote(lines, line, column, parserMessage, language)
            ?? MisalignedListItem(lines, line, column, parserMessage, language)
            ?? Translated(line, column, parserMessage, language);
    }

    private static PlainYamlError? UnclosedBracket(string[] lines, int line, MessageLanguage language)
    {
        if (FlowBrackets.OpenAt(lines, line - 1) is not var (at, column, bracket))
        {
            return null;
        }

        var close = bracket == '[' ? ']' : '}';
        return new PlainYamlError(at, column, language.Say(
            $"{ZhPrefix}这里的“{bracket}”没有配对的“{close}”（读到第 {line} 行还没有结束）：请在这一项的末尾补上“{close}”",
            $"{EnPrefix}this '{bracket}' is never closed (still open at line {line}): add the '{close}' at the end of this item"));
    }

    /// <summary>YamlDotNet names a Tab but places it at the start of the mapping it is in, not on its line.</summary>
    private static bool TabMentioned(string? parserMessage) =>
        parserMessage is not null && parserMessage.Contains("tab", StringComparison.OrdinalIgnoreCase);

    private static PlainYamlError? Tab(string[] lines, int line, MessageLanguage language)
    {
        for (var i = 0; i < line && i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indentation);
            if (tab >= 0)
            {
                return new PlainYamlError(i + 1, tab + 1, language.Say(
                    $"{ZhPrefix}这一行用 Tab 键缩进了：YAML 只认空格，请把行首的 Tab 换成空格（每一级两个空格）",
                    $"{EnPrefix}this line is indented with a Tab: YAML accepts only spaces, replace the Tab at the start of the line with spaces (two per level)"));
            }
        }

        return null;
    }

    private static PlainYamlError? FullWidthColon(string[] lines, int line, MessageLanguage language)
    {
        for (var i = Math.Min(line, lines.Length) - 1; i >= 0; i--)
        {
            if (KeyWithFullWidthColon().Match(lines[i]) is { Success: true } match)
            {
                var key = match.Groups["key"].Value;
                return new PlainYamlError(i + 1, match.Groups["colon"].Index + 1, language.Say(
                    $"{ZhPrefix}“{key}”后面用了中文冒号“：”：YAML 的键后面要用英文冒号加一个空格，写成 {key}: …",
                    $"{EnPrefix}'{key}' is followed by a full-width colon '：': a YAML key needs an ASCII colon and a space, write {key}: …"));
            }
        }

        return null;
    }

    private static PlainYamlError? FullWidthComma(string[] lines, int line, MessageLanguage language)
    {
        for (var i = Math.Min(line, lines.Length) - 1; i >= Math.Max(0, line - 2); i--)
        {
            var comma = lines[i].IndexOf('，', StringComparison.Ordinal);
            if (comma >= 0 && lines[i].IndexOfAny(['[', '{']) is >= 0 and var bracket && bracket < comma)
            {
                return new PlainYamlError(i + 1, comma + 1, language.Say(ZhPrefix, EnPrefix) + FullWidthCommaMessage(language));
            }
        }

        return null;
    }

    /// <summary>Said both for a syntax error and for a row that came out a cell short because of a <c>，</c>.</summary>
    public static string FullWidthCommaMessage(MessageLanguage language) => language.Say(
        "这里用了中文逗号“，”分隔：方括号 [ ] 和花括号 { } 里的各项要用英文逗号“,”隔开（文字里本来就有的逗号请给整段文字加英文引号）",
        "a full-width comma '，' separates items here: items inside [ ] and { } are separated by an ASCII comma ',' (quote the whole text if the comma belongs to it)");

    private static PlainYamlError? UnclosedQuote(string[] lines, int line, int column, string? parserMessage, MessageLanguage language)
    {
        if (parserMessage is null || !parserMessage.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The parser's position is the start of the quoted text: the opening quote is at or just before it.
        var text = lines[Math.Min(line, lines.Length) - 1];
        var quote = text.IndexOfAny(['"', '\''], Math.Clamp(column - 2, 0, text.Length));
        var at = quote >= 0 ? quote + 1 : column;
        var mark = quote >= 0 ? text[quote] : '"';
        return new PlainYamlError(line, at, language.Say(
            $"{ZhPrefix}这里的引号 {mark} 没有配对：请在这段文字的末尾补上 {mark}（文字里要用引号时，请用中文引号“ ”）",
            $"{EnPrefix}this quote {mark} is never closed: add the closing {mark} at the end of the text"));
    }

    /// <summary>"Did not find expected key" on a line that is a list item: the item is indented unlike its neighbours.</summary>
    private static PlainYamlError? MisalignedListItem(string[] lines, int line, int column, string? parserMessage, MessageLanguage language) =>
        parserMessage is not null
        && parserMessage.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase)
        && lines[Math.Min(line, lines.Length) - 1].TrimStart().StartsWith("- ", StringComparison.Ordinal)
            ? new PlainYamlError(line, column, language.Say(
                $"{ZhPrefix}这一项的缩进和同一列表的其他项不一样：同一个列表的每一项“- ”都要从同一列开始",
                $"{EnPrefix}this item is indented unlike the other items of its list: every '- ' of one list starts in the same column"))
            : null;

    /// <summary>The parser's own message in plain words, for a mistake none of the checks above recognised.</summary>
    private static PlainYamlError Translated(int line, int column, string? parserMessage, MessageLanguage language)
    {
        var message = parserMessage ?? string.Empty;
        var plain = Known.FirstOrDefault(k => message.Contains(k.Phrase, StringComparison.OrdinalIgnoreCase));
        var (zh, en) = plain.Phrase is null
            ? ("这里的写法 YAML 读不懂", "the text here cannot be read as YAML")
            : (plain.Chinese, plain.English);
        var original = message.Length == 0 ? string.Empty : language.Say($"（解析器原文：{message}）", $" (parser: {message})");
        return new PlainYamlError(line, column, language.Say($"{ZhPrefix}{zh}{original}", $"{EnPrefix}{en}{original}"));
    }

    private static readonly (string Phrase, string Chinese, string English)[] Known =
    [
        ("did not find expected '-' indicator",
            "列表的缩进不齐：同一个列表的每一项都要以同样缩进的“- ”开头",
            "the list is not aligned: every item of one list starts with '- ' at the same indentation"),
        ("did not find expected key",
            "这一行和上面的键没有对齐：同一层的键要从同一列开始（或上一行的引号、括号没有配对）",
            "this line does not line up with the keys above: keys of one level start in the same column (or a quote or bracket above is not closed)"),
        ("mapping values are not allowed",
            "这一行多了一个“: ”：文字本身含有英文冒号时，请给整段文字加英文引号",
            "there is one ': ' too many on this line: quote the whole text if the colon belongs to it"),
        ("cannot start any token",
            "这里的第一个字符不能开始一项（例如 @、` 或 %）：请给整段文字加英文引号",
            "the first character here cannot start a value (such as @, ` or %): quote the whole text"),
        ("duplicate key",
            "同一层里有两个相同的键：删去其中一个",
            "the same key appears twice at one level: remove one of them"),
        ("end of stream",
            "文件在这里意外结束：前面有没有结束的引号或括号",
            "the file ends unexpectedly: a quote or bracket above is not closed"),
        ("invalid mapping",
            "这一行的“键: 值”不完整：键后面要有英文冒号和一个空格",
            "this line is not a complete 'key: value': a key needs an ASCII colon and a space after it"),
    ];

    /// <summary>A line that starts like a key (optionally a list item) and has a full-width colon where ': ' belongs.</summary>
    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*)\s*(?<colon>：)")]
    private static partial Regex KeyWithFullWidthColon();
}
