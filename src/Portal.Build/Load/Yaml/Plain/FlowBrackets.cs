namespace Portal.Build.Load.Yaml.Plain;

/// <summary>
/// Finds a <c>[</c> or <c>{</c> that is still open where the YAML parser gave up. YamlDotNet reports an unclosed
/// bracket where the text stops making sense (often the end of the file); the webmaster needs the line where it
/// opened. This is a small scanner of its own, not the parser: it knows quotes, comments and block scalars
/// (<c>body: |</c> text, whose brackets are Markdown, not YAML), which is enough to tell where a bracket opened.
/// </summary>
internal static class FlowBrackets
{
    /// <summary>The 1-based line and column of the innermost bracket still open before <paramref name="stopLine"/>, or null.</summary>
    public static (int Line, int Column, char Bracket)? OpenAt(IReadOnlyList<string> lines, int stopLine)
    {
        var open = new Stack<(int Line, int Column, char Bracket)>();
        var blockScalarIndent = -1;
        for (var i = 0; i < lines.Count && i < stopLine; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ').Length;
            if (blockScalarIndent >= 0)
            {
                if (line.Trim().Length == 0 || indent > blockScalarIndent)
                {
                    continue;
                }

                blockScalarIndent = -1;
            }

            var start = 0;
            if (open.Count == 0)
            {
                var value = ValueStart(line);
                if (value < 0)
                {
                    continue;
                }

                if (line[value] is '|' or '>')
                {
                    blockScalarIndent = indent;
                    continue;
                }

                if (line[value] is not ('[' or '{'))
                {
                    continue;
                }

                start = value;
            }

            Scan(line, i + 1, start, open);
        }

        return open.Count == 0 ? null : open.Peek();
    }

    /// <summary>Reads flow text from <paramref name="start"/>, keeping the brackets open at the end of the line.</summary>
    private static void Scan(string line, int lineNumber, int start, Stack<(int Line, int Column, char Bracket)> open)
    {
        for (var c = start; c < line.Length; c++)
        {
            var ch = line[c];
            if (ch is '"' or '\'')
            {
                var close = line.IndexOf(ch, c + 1);
                if (close < 0)
                {
                    return;
                }

                c = close;
            }
            else if (ch == '#' && (c == 0 || line[c - 1] == ' '))
            {
                return;
            }
            else if (ch is '[' or '{')
            {
                open.Push((lineNumber, c + 1, ch));
            }
            else if (ch is ']' or '}' && open.Count > 0)
            {
                open.Pop();
                if (open.Count == 0)
                {
                    // Back in block context: the rest of the line is a comment or nothing.
                    return;
                }
            }
        }
    }

    /// <summary>Where a block line's value starts (after <c>- </c> markers and <c>key: </c>), or -1 for none.</summary>
    private static int ValueStart(string line)
    {
        var p = line.Length - line.TrimStart(' ').Length;
        while (p + 1 < line.Length && line[p] == '-' && line[p + 1] == ' ')
        {
            p += 2;
            while (p < line.Length && line[p] == ' ')
            {
                p++;
            }
        }

        if (p >= line.Length || line[p] == '#')
        {
            return -1;
        }

        if (line[p] is '[' or '{' or '|' or '>')
        {
            return p;
        }

        var colon = line.IndexOf(": ", p, StringComparison.Ordinal);
        if (colon < 0 || line[p] is '"' or '\'')
        {
            return -1;
        }

        p = colon + 2;
        while (p < line.Length && line[p] == ' ')
        {
            p++;
        }

        return p < line.Length && line[p] != '#' ? p : -1;
    }
}
