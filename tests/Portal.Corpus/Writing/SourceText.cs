using System.Text;

namespace Portal.Corpus.Writing;

/// <summary>
/// The generated "published document" (sources/&lt;year&gt;.txt): plain lines, numbered as they are added, so
/// that every heading and table in the YAML can point at its source_line.
/// </summary>
public sealed class SourceText
{
    private readonly StringBuilder _text = new();

    public int LineCount { get; private set; }

    /// <summary>Adds one line and returns its 1-based number.</summary>
    public int Add(string line)
    {
        _text.Append(line).Append('\n');
        return ++LineCount;
    }

    /// <summary>Adds a Markdown body as printed lines (blank lines between paragraphs are kept).</summary>
    public void AddBody(string body)
    {
        foreach (var line in body.TrimEnd('\n').Split('\n'))
        {
            Add(line);
        }
    }

    public override string ToString() => _text.ToString();
}
