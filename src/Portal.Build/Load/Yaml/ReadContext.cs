using System.Globalization;
using Portal.Core.Diagnostics;
using Portal.Core.Model.Tables;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Build.Load.Yaml;

/// <summary>
/// Reads typed values out of YAML nodes, recording where each came from and reporting every
/// problem with file, line, column, field path and what was expected.
/// </summary>
internal sealed class ReadContext(SourceMap map, DiagnosticBag diagnostics, MessageLanguage language = MessageLanguage.Chinese, TextPool? pool = null)
{
    /// <summary>Where the texts read are shared with the rest of the load; null: each text kept as read.</summary>
    private readonly TextPool? _pool = pool;

    /// <summary>The language of the messages that tell the webmaster what to type instead (<see cref="Plain"/>).</summary>
    public MessageLanguage Language { get; } = language;

    public SourceMap Map { get; } = map;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>
    /// Figures are bounded so that the checker's sums, differences and shares of them cannot overflow a decimal
    /// (about 7.9 × 10^28): a thousand figures of 10^15, or one divided by 10^-6 and times 100, stay far inside.
    /// 10^15 万元 is a thousand times the world's output; no report prints more than a few decimals.
    /// </summary>
    public const decimal MaxFigure = 1_000_000_000_000_000m;

    public const int MaxFigureDecimals = 6;

    public SourceLocation LocationOf(YamlNode node) =>
        new(Map.File, (int)node.Start.Line, (int)node.Start.Column);

    public void Error(YamlNode node, string path, string message) =>
        Diagnostics.Error(BuildStage.Load, LocationOf(node), path, message);

    public void Record(YamlNode node, string path) => Map.Record(path, (int)node.Start.Line, (int)node.Start.Column);

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s
        && (s.Value is null or "" or "~" or "null" or "Null" or "NULL");

    public MappingReader? Mapping(YamlNode node, string path)
    {
        Record(node, path);
        if (node is YamlMappingNode mapping)
        {
            return new MappingReader(this, mapping, path);
        }

        Error(node, path, Language.Say($"这里应是若干“键: 值”行，现在是 {Said(node)}", $"expected a mapping (key: value lines), found {Describe(node)}"));
        return null;
    }

    public IReadOnlyList<YamlNode>? Sequence(YamlNode node, string path)
    {
        Record(node, path);
        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children.ToArray();
        }

        Error(node, path, Language.Say($"这里应是一个列表（每项以“- ”开头，或写成 [a, b]），现在是 {Said(node)}", $"expected a list, found {Describe(node)}"));
        return null;
    }

    public string? Text(YamlNode node, string path)
    {
        Record(node, path);
        if (IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            // The text is kept even when refused, so the field does not also count as missing.
            RejectUnprintable(scalar, path);
            return Shared(scalar.Value);
        }

        Error(node, path, Language.Say($"这里应是文字，现在是 {Said(node)}", $"expected text, found {Describe(node)}"));
        return null;
    }

    private string? Shared(string? text) => text is null || _pool is null ? text : _pool.Share(text);

    /// <summary>
    /// Refuses text that cannot be published: XML 1.0 (the Atom feed, and XHTML readers) has no place for C0 control
    /// characters other than tab and line breaks, for U+FFFE and U+FFFF or for half a surrogate pair.
    /// </summary>
    private void RejectUnprintable(YamlScalarNode scalar, string path)
    {
        var text = scalar.Value ?? string.Empty;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (paired)
            {
                i++;
                continue;
            }

            if ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                Error(scalar, path, $"the text holds the invisible control character U+{(int)c:X4}, which a web page or feed cannot carry: delete it (it often comes with text copied from a PDF)");
                return;
            }
        }
    }

    /// <summary>An amount as printed: an exact decimal whose written scale is kept (8.70 stays 8.70).</summary>
    public decimal? Decimal(YamlNode node, string path, string what = "an amount")
    {
        Record(node, path);
        if (IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain } scalar && TryParseDecimal(scalar.Value!, out var value))
        {
            if (!IsFigure(value))
            {
                Error(node, path, $"expected {what} below {MaxFigure:N0} with at most {MaxFigureDecimals} decimals, found {scalar.Value}: no 部门决算 prints such a figure");
                return null;
            }

            return value;
        }

        if (node is YamlScalarNode { Value: { } written } && Plain.ValueHints.ForAmount(written, Language) is { } hint)
        {
            Error(node, path, hint);
            return null;
        }

        Error(node, path, Language.Say(
            $"应填{Plain.FieldWords.In(Language, what)}（数字，如 3618.79；未公开填 null），现在是 {Said(node)}",
            $"expected {what} (a number such as 3618.79, or null), found {Describe(node)}"));
        return null;
    }

    public int? Integer(YamlNode node, string path, string what = "a whole number")
    {
        Record(node, path);
        if (IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain } scalar
            && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node, path, Language.Say($"应填{Plain.FieldWords.In(Language, what)}，现在是 {Said(node)}", $"expected {what}, found {Describe(node)}"));
        return null;
    }

    /// <summary>true or false, as YAML writes them (also yes/no, which webmasters type).</summary>
    public bool? Boolean(YamlNode node, string path)
    {
        Record(node, path);
        if (IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text })
        {
            switch (text.ToLowerInvariant())
            {
                case "true" or "yes":
                    return true;
                case "false" or "no":
                    return false;
            }
        }

        Error(node, path, Language.Say($"应填 true 或 false，现在是 {Said(node)}", $"expected true or false, found {Describe(node)}"));
        return null;
    }

    /// <summary>A free-form cell: a plain number becomes a number, anything else stays text.</summary>
    public TableCell Cell(YamlNode node, string path)
    {
        Record(node, path);
        if (IsNull(node))
        {
            return TableCell.Blank;
        }

        if (node is not YamlScalarNode scalar)
        {
            Error(node, path, Language.Say($"这里应是表格的一格（文字、数字或 null），现在是 {Said(node)}", $"expected a table cell (text, number or null), found {Describe(node)}"));
            return TableCell.Blank;
        }

        if (scalar.Style == ScalarStyle.Plain && TryParseDecimal(scalar.Value!, out var number) && IsFigure(number))
        {
            return new TableCell(null, number);
        }

        RejectUnprintable(scalar, path);
        return new TableCell(Shared(scalar.Value), null);
    }

    public IReadOnlyList<string> TextList(YamlNode node, string path) =>
        Sequence(node, path) is { } items ? Items(items, path, Text) : [];

    /// <summary>
    /// Each item of a list read with <paramref name="read"/>, those it could not read left out. An array, not a List:
    /// a report holds hundreds of these lists for as long as it is loaded, and a List is one more object of 32 bytes
    /// each (600,000 of them at 10,000 reports).
    /// </summary>
    public static T[] Items<T>(IReadOnlyList<YamlNode> items, string path, Func<YamlNode, string, T?> read)
        where T : class
    {
        var result = new T[items.Count];
        var count = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (read(items[i], $"{path}[{i}]") is { } item)
            {
                result[count++] = item;
            }
        }

        Array.Resize(ref result, count);
        return result;
    }

    public IReadOnlyList<IReadOnlyList<TableCell>> CellRows(YamlNode node, string path)
    {
        var rows = Sequence(node, path);
        if (rows is null)
        {
            return [];
        }

        var result = new List<IReadOnlyList<TableCell>>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = Sequence(rows[r], $"{path}[{r}]");
            if (cells is not null)
            {
                result.Add(cells.Select((c, i) => Cell(c, $"{path}[{r}][{i}]")).ToArray());
            }
        }

        return result;
    }

    /// <summary><see cref="Describe"/> in the message language.</summary>
    private string Said(YamlNode node) => Plain.FieldWords.Describe(Language, Describe(node));

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Style: ScalarStyle.Plain } s when IsNull(s) => "null",
        YamlScalarNode s => $"\"{Shorten(s.Value ?? string.Empty)}\"",
        _ => "an unsupported YAML node",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static bool IsFigure(decimal value) => Math.Abs(value) < MaxFigure && value.Scale <= MaxFigureDecimals;

    private static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(
            text,
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out value);
}
