using System.Text;
using Portal.Corpus.Figures;

namespace Portal.Corpus.Writing;

/// <summary>
/// Writes YAML the way content/ is written by hand: block mappings, rows as flow sequences, Markdown as
/// literal blocks. Strings are always double-quoted, so no Chinese punctuation can be misread as syntax.
/// </summary>
public sealed class YamlText
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public YamlText Key(string key, string? value) => Raw($"{key}: {Quote(value)}");

    public YamlText Key(string key, decimal value) => Raw($"{key}: {Amounts.Format(value)}");

    public YamlText Key(string key, int value) => Raw($"{key}: {value}");

    /// <summary>A key whose value is a block (mapping or list) written inside <paramref name="body"/>.</summary>
    public YamlText Block(string key, Action body)
    {
        Raw($"{key}:");
        _indent += 2;
        body();
        _indent -= 2;
        return this;
    }

    /// <summary>One item of a block list whose content is a mapping.</summary>
    public YamlText Item(Action body)
    {
        Raw("-");
        _indent += 2;
        body();
        _indent -= 2;
        return this;
    }

    /// <summary>One item of a block list that is itself a list (公开06表's column groups).</summary>
    public YamlText Nested(Action body) => Item(body);

    /// <summary>One string item of a block list: <c>- "text"</c>.</summary>
    public YamlText Text(string value) => Raw($"- {Quote(value)}");

    /// <summary>One item of a block list written as a flow sequence: <c>- [a, b, c]</c>.</summary>
    public YamlText Row(params object?[] cells) => Raw($"- {Flow(cells)}");

    public YamlText FlowKey(string key, params object?[] cells) => Raw($"{key}: {Flow(cells)}");

    /// <summary>A literal block: <c>body: |</c> and the text, kept line by line.</summary>
    public YamlText Literal(string key, string text)
    {
        Raw($"{key}: |");
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            if (line.Length == 0)
            {
                _text.Append('\n');
            }
            else
            {
                _text.Append(' ', _indent + 2).Append(line).Append('\n');
            }
        }

        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>A line written as given, at the current indentation.</summary>
    public YamlText Raw(string line)
    {
        _text.Append(' ', _indent).Append(line).Append('\n');
        return this;
    }

    private static string Flow(object?[] cells) => "[" + string.Join(", ", cells.Select(Cell)) + "]";

    private static string Cell(object? cell) => cell switch
    {
        null => "null",
        decimal d => Amounts.Format(d),
        int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        string s => Quote(s),
        _ => throw new ArgumentException($"cannot write a {cell.GetType().Name} cell"),
    };

    private static string Quote(string? value) =>
        value is null ? "null" : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
