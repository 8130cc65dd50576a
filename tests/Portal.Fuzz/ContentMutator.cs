using System.Text;

namespace Portal.Fuzz;

/// <summary>One fuzz case: which sample file was changed, how, and its new bytes.</summary>
public sealed record Mutation(string RelativePath, byte[] Bytes, string Description);

/// <summary>
/// Turns case number <c>n</c> of a seed into a broken copy of one sample content file, the same bytes on every
/// machine: the kinds of damage a careless save, a wrong encoding or a hostile pull request brings.
/// </summary>
public sealed class ContentMutator
{
    // The values are what the README and issue 14 name as dangerous: a 62 KB line of brackets, a 1 KB alias bomb,
    // control characters, decimals past decimal.MaxValue, a code with a trailing newline, GBK bytes.
    private static readonly string[] HugeNumbers =
    [
        "79228162514264337593543950335", "-79228162514264337593543950335", "99999999999999999999999999999999",
        "7922816251426433759354395033.5", "0.0000000000000000000000000001", "1e30", "3.4028235E+38", "99999999999999",
    ];

    private static readonly string[] Replacements = ["{a: 1}", "[1, 2]", "{}", "[]", "~", "", "\"\"", "!!binary aGVsbG8=", "{? [a]: b}", "- x"];

    private static readonly char[] Controls = ['\u0001', '\u0002', '\u0007', '\u0008', '\u000B', '\u000C', '\u000E', '\u001B', '\u001F', '\uFFFE', '\uFFFF', '\u0000'];

    private static readonly string Garbage = ":-[]{}&*!|>'\"%@`#,?\t\\";

    private readonly IReadOnlyList<(string RelativePath, byte[] Bytes)> _files;
    private readonly int _seed;

    /// <param name="contentFiles">The sample's content files (paths relative to the site folder, in a fixed order) and their bytes.</param>
    public ContentMutator(IReadOnlyList<(string RelativePath, byte[] Bytes)> contentFiles, int seed)
    {
        _files = contentFiles;
        _seed = seed;
    }

    /// <summary>The content files of a site folder in ordinal order: every YAML file and every source document.</summary>
    public static IReadOnlyList<(string RelativePath, byte[] Bytes)> ReadContent(string siteRoot) =>
        Directory.GetFiles(Path.Combine(siteRoot, "content"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(siteRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllBytes(Path.Combine(siteRoot, p))))
            .ToArray();

    public Mutation Case(int index)
    {
        // One Random per case, so case n is the same whether it runs first or after a thousand others.
        var random = new Random(unchecked((_seed * 1_000_003) + index));
        // Mostly the reports, where nearly all of the text and the reading code are; now and then a department.yml or
        // a source document.
        var pick = random.Next(10);
        var candidates = _files.Where(f => pick switch
        {
            0 => f.RelativePath.EndsWith("/department.yml", StringComparison.Ordinal),
            1 => f.RelativePath.EndsWith(".txt", StringComparison.Ordinal),
            _ => f.RelativePath.EndsWith(".yml", StringComparison.Ordinal) && !f.RelativePath.EndsWith("/department.yml", StringComparison.Ordinal),
        }).ToArray();
        var (path, original) = candidates[random.Next(candidates.Length)];
        var bytes = original;
        var steps = new List<string>();
        var count = random.Next(4) == 0 ? 2 : 1;
        for (var i = 0; i < count; i++)
        {
            var (changed, what) = Apply(random, bytes);
            bytes = changed;
            steps.Add(what);
        }

        return new Mutation(path, bytes, $"{path}: {string.Join("; then ", steps)}");
    }

    private static (byte[] Bytes, string What) Apply(Random random, byte[] bytes)
    {
        var kind = random.Next(17);
        switch (kind)
        {
            case 0:
            {
                var copy = (byte[])bytes.Clone();
                var at = random.Next(Math.Max(1, copy.Length));
                if (copy.Length > 0)
                {
                    copy[at] ^= (byte)(1 << random.Next(8));
                }

                return (copy, $"flipped a bit of byte {at}");
            }

            case 1:
            {
                var at = random.Next(bytes.Length + 1);
                return (bytes[..at], $"truncated to {at} bytes");
            }

            case 2:
            {
                var gbk = (byte[])bytes.Clone();
                var at = FindMultiByte(gbk, random.Next(Math.Max(1, gbk.Length)));
                if (at < 0)
                {
                    return (gbk, "no CJK to re-encode");
                }

                // A GBK double-byte character in place of a UTF-8 sequence: what a file saved by a GBK editor holds.
                gbk[at] = 0xBB;
                gbk[at + 1] = 0xB3;
                return (gbk, $"GBK bytes at byte {at}");
            }
        }

        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        string what;
        switch (kind)
        {
            case 3:
                lines.RemoveAt(line);
                what = $"deleted line {line + 1}";
                break;
            case 4:
                lines.Insert(line, lines[line]);
                what = $"duplicated line {line + 1}";
                break;
            case 5:
            {
                var next = Math.Min(line + 1, lines.Count - 1);
                (lines[line], lines[next]) = (lines[next], lines[line]);
                what = $"swapped lines {line + 1} and {next + 1}";
                break;
            }

            case 6:
            {
                int[] depths = [10, 100, 1000, 30_000];
                var depth = depths[random.Next(depths.Length)];
                var brackets = random.Next(2) == 0 ? new string('[', depth) : string.Concat(Enumerable.Repeat("{a: ", depth));
                lines[line] = ReplaceValue(lines[line], brackets + (random.Next(2) == 0 ? new string(']', depth) : string.Empty));
                what = $"{depth} nested brackets on line {line + 1}";
                break;
            }

            case 7:
            {
                var sectionLines = Enumerable.Range(0, lines.Count).Where(i => lines[i].Trim() == "sections:").ToArray();
                if (random.Next(2) == 0 && sectionLines.Length > 0)
                {
                    var sections = sectionLines[random.Next(sectionLines.Length)];
                    // Where the reader recurses (sections hold sections), so every alias is walked.
                    var indent = lines[sections].Length - lines[sections].TrimStart().Length;
                    // Everything indented under it goes, blank lines of its block scalars included.
                    while (sections + 1 < lines.Count && (lines[sections + 1].Trim().Length == 0 || lines[sections + 1].Length - lines[sections + 1].TrimStart().Length > indent))
                    {
                        lines.RemoveAt(sections + 1);
                    }

                    lines[sections] = new string(' ', indent) + "sections: " + SectionsBomb(random.Next(5, 10));
                    what = $"sections alias bomb on line {sections + 1}";
                }
                else
                {
                    lines[line] = ReplaceValue(lines[line], AliasBomb(random.Next(3, 10)));
                    what = $"alias bomb on line {line + 1}";
                }

                break;
            }

            case 8:
            {
                var control = Controls[random.Next(Controls.Length)];
                if (random.Next(2) == 0)
                {
                    var at = random.Next(lines[line].Length + 1);
                    lines[line] = lines[line].Insert(at, control.ToString());
                }
                else
                {
                    lines[line] = ReplaceValue(lines[line], $"\"x\\u{(int)control:X4}y\"");
                }

                what = $"control character U+{(int)control:X4} on line {line + 1}";
                break;
            }

            case 9:
            {
                var huge = HugeNumbers[random.Next(HugeNumbers.Length)];
                var numbered = NumberLine(lines, random);
                lines[numbered] = ReplaceNumber(lines[numbered], huge, random);
                what = $"{huge} on line {numbered + 1}";
                break;
            }

            case 10:
            {
                var replacement = Replacements[random.Next(Replacements.Length)];
                lines[line] = ReplaceValue(lines[line], replacement);
                what = $"value on line {line + 1} replaced by {replacement}";
                break;
            }

            case 11:
            {
                var value = ValueOf(lines[line]).Trim('"', '\'');
                lines[line] = ReplaceValue(lines[line], $"\"{value}\\n\"");
                what = $"newline appended to the value on line {line + 1}";
                break;
            }

            case 12:
                lines[line] = random.Next(2) == 0 ? "  " + lines[line] : lines[line].TrimStart();
                what = $"indentation changed on line {line + 1}";
                break;
            case 13:
            {
                var at = random.Next(lines[line].Length + 1);
                var inserted = new string(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Garbage[random.Next(Garbage.Length)]).ToArray());
                lines[line] = lines[line].Insert(at, inserted);
                what = $"inserted '{inserted}' into line {line + 1}";
                break;
            }

            case 14:
            {
                var numbered = NumberLine(lines, random);
                string[] odd = ["-0", "0", "-1", "1.", ".5", "+3", "0x1F", "1_000", "NaN", ".inf", "1,234.5"];
                var value = odd[random.Next(odd.Length)];
                lines[numbered] = ReplaceNumber(lines[numbered], value, random);
                what = $"{value} on line {numbered + 1}";
                break;
            }

            case 15:
                lines[line] = ReplaceValue(lines[line], new string('长', random.Next(2) == 0 ? 5_000 : 300_000));
                what = $"a long value on line {line + 1}";
                break;
            default:
                lines.Insert(line, lines[random.Next(lines.Count)]);
                what = $"copied a random line to line {line + 1}";
                break;
        }

        return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), what);
    }

    /// <summary>A "billion laughs" chain of <paramref name="levels"/> anchors, each a list of ten aliases of the last.</summary>
    private static string AliasBomb(int levels)
    {
        var builder = new StringBuilder("[&l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]");
        for (var i = 1; i < levels; i++)
        {
            builder.Append($", &l{i} [").Append(string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))).Append(']');
        }

        return builder.Append(']').ToString();
    }

    /// <summary>
    /// An alias bomb in the shape of the schema: section <c>k</c> holds ten sections that are each the whole of
    /// level <c>k − 1</c>, so a reader that follows aliases builds ten to the <paramref name="levels"/> sections.
    /// </summary>
    private static string SectionsBomb(int levels)
    {
        var entries = new List<string> { "{heading: s, sections: &s0 [" + string.Join(", ", Enumerable.Repeat("{heading: a}", 10)) + "]}" };
        for (var i = 1; i < levels; i++)
        {
            entries.Add($"{{heading: s, sections: &s{i} [" + string.Join(", ", Enumerable.Repeat($"{{heading: a, sections: *s{i - 1}}}", 10)) + "]}");
        }

        return "[" + string.Join(", ", entries) + "]";
    }

    private static string ValueOf(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon >= 0 ? line[(colon + 2)..] : line.TrimStart(' ', '-');
    }

    /// <summary>The line with its value (after "key: ", or after a list dash) replaced.</summary>
    private static string ReplaceValue(string line, string value)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon >= 0)
        {
            return line[..(colon + 2)] + value;
        }

        var dash = line.IndexOf("- ", StringComparison.Ordinal);
        return dash >= 0 ? line[..(dash + 2)] + value : line + value;
    }

    /// <summary>A line holding a figure (a digit), or any line when the file has none.</summary>
    private static int NumberLine(List<string> lines, Random random)
    {
        var numbered = Enumerable.Range(0, lines.Count).Where(i => lines[i].Any(char.IsAsciiDigit)).ToArray();
        return numbered.Length == 0 ? random.Next(lines.Count) : numbered[random.Next(numbered.Length)];
    }

    private static string ReplaceNumber(string line, string number, Random random)
    {
        var starts = Enumerable.Range(0, line.Length).Where(i => char.IsAsciiDigit(line[i]) && (i == 0 || !char.IsAsciiDigit(line[i - 1]) && line[i - 1] != '.')).ToArray();
        if (starts.Length == 0)
        {
            return line + number;
        }

        var start = starts[random.Next(starts.Length)];
        var end = start;
        while (end < line.Length && (char.IsAsciiDigit(line[end]) || line[end] == '.'))
        {
            end++;
        }

        return line[..start] + number + line[end..];
    }

    private static int FindMultiByte(byte[] bytes, int from)
    {
        for (var i = 0; i < bytes.Length - 1; i++)
        {
            var at = (from + i) % (bytes.Length - 1);
            if (bytes[at] >= 0xE0 && bytes[at] <= 0xEF)
            {
                return at;
            }
        }

        return -1;
    }
}
