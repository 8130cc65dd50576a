using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Build.Import.Word;

/// <summary>
/// Word's automatic numbering (w:numPr, directly on a paragraph or through its style): the number Word prints before
/// the paragraph, counted as Word counts — one counter per list and level, a level restarting when a level above it
/// moves on — and written by the level's w:lvlText and w:numFmt (一、 for chineseCounting "%1、", （一）, 1.).
/// A bullet, or a number format not listed here, prints nothing here: the paragraph keeps its text as typed.
/// </summary>
internal sealed class WordNumbering
{
    private readonly Dictionary<int, (AbstractNum Definition, Dictionary<int, int> Starts)> _lists = [];
    private readonly Dictionary<string, NumberingProperties> _styles = [];
    private readonly Dictionary<int, int[]> _counters = [];

    public WordNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is not null)
        {
            var abstracts = numbering.Elements<AbstractNum>().Where(a => a.AbstractNumberId?.Value is not null).ToDictionary(a => a.AbstractNumberId!.Value);
            foreach (var instance in numbering.Elements<NumberingInstance>())
            {
                if (instance.NumberID?.Value is { } id && instance.AbstractNumId?.Val?.Value is { } abstractId && abstracts.TryGetValue(abstractId, out var definition))
                {
                    var starts = instance.Elements<LevelOverride>()
                        .Where(o => o.LevelIndex?.Value is not null && o.StartOverrideNumberingValue?.Val?.Value is not null)
                        .ToDictionary(o => o.LevelIndex!.Value, o => o.StartOverrideNumberingValue!.Val!.Value);
                    _lists[id] = (definition, starts);
                }
            }
        }

        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id && style.StyleParagraphProperties?.NumberingProperties is { } numPr)
            {
                _styles[id] = numPr;
            }
        }
    }

    /// <summary>The number printed before <paramref name="paragraph"/>, or null where it has none.</summary>
    public string? Next(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var numPr = properties?.NumberingProperties
            ?? (properties?.ParagraphStyleId?.Val?.Value is { } style && _styles.TryGetValue(style, out var styled) ? styled : null);
        if (numPr?.NumberingId?.Val?.Value is not { } id || !_lists.TryGetValue(id, out var list))
        {
            return null;
        }

        var level = numPr.NumberingLevelReference?.Val?.Value ?? 0;
        var levels = list.Definition.Elements<Level>().Where(l => l.LevelIndex?.Value is not null).ToDictionary(l => l.LevelIndex!.Value);
        if (!levels.TryGetValue(level, out var definition))
        {
            return null;
        }

        int Start(int at) => list.Starts.TryGetValue(at, out var start) ? start : levels.TryGetValue(at, out var l) ? l.StartNumberingValue?.Val?.Value ?? 1 : 1;
        if (!_counters.TryGetValue(id, out var counters))
        {
            counters = Enumerable.Repeat(0, 9).ToArray();
            _counters[id] = counters;
        }

        counters[level] = counters[level] == 0 ? Start(level) : counters[level] + 1;
        for (var below = level + 1; below < counters.Length; below++)
        {
            counters[below] = 0;
        }

        var text = definition.LevelText?.Val?.Value;
        if (text is null || definition.NumberingFormat?.Val?.Value == NumberFormatValues.Bullet)
        {
            return null;
        }

        var printed = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                var at = text[i + 1] - '1';
                var value = at <= level ? Math.Max(counters[at], Start(at)) : 0;
                var format = levels.TryGetValue(at, out var l) ? l.NumberingFormat?.Val?.Value : null;
                if (Format(value, format) is not { } number)
                {
                    return null;
                }

                printed.Append(number);
                i++;
            }
            else
            {
                printed.Append(text[i]);
            }
        }

        return printed.ToString();
    }

    private static string? Format(int value, NumberFormatValues? format)
    {
        if (format is null || format == NumberFormatValues.Decimal)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        if (format == NumberFormatValues.ChineseCounting || format == NumberFormatValues.ChineseCountingThousand || format == NumberFormatValues.IdeographTraditional && value <= 10)
        {
            return format == NumberFormatValues.IdeographTraditional ? "甲乙丙丁戊己庚辛壬癸"[value - 1].ToString() : Chinese(value);
        }

        return null;
    }

    /// <summary>一 … 十, 十一 … 十九, 二十 … 九十九: how 决算 reports number their headings.</summary>
    private static string? Chinese(int value)
    {
        const string digits = "零一二三四五六七八九";
        return value switch
        {
            < 1 or > 99 => null,
            < 10 => digits[value].ToString(),
            10 => "十",
            < 20 => "十" + digits[value - 10],
            _ => digits[value / 10] + "十" + (value % 10 == 0 ? string.Empty : digits[value % 10].ToString()),
        };
    }
}
