using YamlDotNet.RepresentationModel;

namespace Portal.Build.Tests.Import;

/// <summary>
/// Compares two report YAML files cell by cell (every amount, code and name of every template table) and section by
/// section (each heading and its paragraphs, in order), listing every difference by its field path.
/// </summary>
public sealed class ReportComparison
{
    public int Cells { get; private set; }

    public int EqualCells { get; private set; }

    public int Sections { get; private set; }

    public int EqualSections { get; private set; }

    public List<string> Differences { get; } = [];

    public double CellsEqualPercent => Cells == 0 ? 0 : 100.0 * EqualCells / Cells;

    public static ReportComparison Of(string expectedYaml, string actualYaml, bool tablesOnly = false)
    {
        var comparison = new ReportComparison();
        var expected = Root(expectedYaml);
        var actual = Root(actualYaml);
        var expectedTables = Child(expected, "tables") as YamlMappingNode;
        var actualTables = Child(actual, "tables") as YamlMappingNode;
        foreach (var (key, table) in expectedTables?.Children.ToList() ?? [])
        {
            var id = ((YamlScalarNode)key).Value!;
            comparison.Table($"tables.{id}", table, actualTables is null ? null : Child(actualTables, id));
        }

        if (tablesOnly)
        {
            return comparison;
        }

        foreach (var part in new[] { "overview", "explanation" })
        {
            comparison.SectionList(part, Flatten(Child(expected, part), part), Flatten(Child(actual, part), part));
        }

        comparison.Glossary(Child(Child(expected, "glossary"), "terms"), Child(Child(actual, "glossary"), "terms"));
        return comparison;
    }

    private void Table(string path, YamlNode expected, YamlNode? actual)
    {
        foreach (var key in new[] { "header", "rows", "income", "expenditure", "groups", "budget", "actual", "personnel_total", "public_total" })
        {
            var e = Child(expected, key);
            if (e is not null)
            {
                Cell($"{path}.{key}", e, actual is null ? null : Child(actual, key));
            }
        }
    }

    /// <summary>Compares leaves: a sequence or mapping compares its children, a missing child is a difference per cell.</summary>
    private void Cell(string path, YamlNode? expected, YamlNode? actual)
    {
        switch (expected)
        {
            case YamlSequenceNode sequence:
                var other = actual as YamlSequenceNode;
                var count = Math.Max(sequence.Children.Count, other?.Children.Count ?? 0);
                for (var i = 0; i < count; i++)
                {
                    var e = i < sequence.Children.Count ? sequence.Children[i] : null;
                    var a = other is not null && i < other.Children.Count ? other.Children[i] : null;
                    if (e is null)
                    {
                        Leaves(a!, $"{path}[{i}]", extra: true);
                    }
                    else
                    {
                        Cell($"{path}[{i}]", e, a);
                    }
                }

                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = ((YamlScalarNode)key).Value!;
                    Cell($"{path}.{name}", value, actual is null ? null : Child(actual, name));
                }

                break;
            default:
                Cells++;
                var want = Scalar(expected);
                var got = actual is YamlScalarNode ? Scalar(actual) : actual is null ? "(missing)" : "(not a cell)";
                if (want == got)
                {
                    EqualCells++;
                }
                else
                {
                    Differences.Add($"{path}: expected {want ?? "null"}, imported {got ?? "null"}");
                }

                break;
        }
    }

    private void Leaves(YamlNode node, string path, bool extra)
    {
        if (node is YamlSequenceNode s)
        {
            for (var i = 0; i < s.Children.Count; i++)
            {
                Leaves(s.Children[i], $"{path}[{i}]", extra);
            }

            return;
        }

        Cells++;
        Differences.Add($"{path}: not in the transcription, imported {Scalar(node) ?? "null"}");
    }

    private void SectionList(string part, List<(string Path, string Heading, string Body)> expected, List<(string Path, string Heading, string Body)> actual)
    {
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            Sections++;
            if (i >= expected.Count)
            {
                Differences.Add($"{part}: section {actual[i].Heading} imported, not in the transcription");
                continue;
            }

            if (i >= actual.Count)
            {
                Differences.Add($"{expected[i].Path}: {expected[i].Heading} not imported");
                continue;
            }

            if (expected[i].Heading != actual[i].Heading)
            {
                Differences.Add($"{expected[i].Path}.heading_raw: expected {expected[i].Heading}, imported {actual[i].Heading}");
            }
            else if (Words(expected[i].Body) != Words(actual[i].Body))
            {
                Differences.Add($"{expected[i].Path}.body: expected «{expected[i].Body.Trim()}», imported «{actual[i].Body.Trim()}»");
            }
            else
            {
                EqualSections++;
            }
        }
    }

    private void Glossary(YamlNode? expected, YamlNode? actual)
    {
        var e = (expected as YamlSequenceNode)?.Children ?? [];
        var a = (actual as YamlSequenceNode)?.Children ?? [];
        for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
        {
            Sections++;
            string? Term(IList<YamlNode> list) => i < list.Count ? $"{Scalar(Child(list[i], "term"))}：{Scalar(Child(list[i], "definition"))}" : null;
            var want = Term(e);
            var got = Term(a);
            if (want is not null && got is not null && Words(want) == Words(got))
            {
                EqualSections++;
            }
            else
            {
                Differences.Add($"glossary.terms[{i}]: expected {want ?? "(none)"}, imported {got ?? "(none)"}");
            }
        }
    }

    /// <summary>Sections depth first, as printed: a heading, then its own paragraphs, then its subsections.</summary>
    private static List<(string Path, string Heading, string Body)> Flatten(YamlNode? part, string name)
    {
        var list = new List<(string, string, string)>();
        void Walk(YamlNode? sections, string path)
        {
            if (sections is not YamlSequenceNode sequence)
            {
                return;
            }

            for (var i = 0; i < sequence.Children.Count; i++)
            {
                var section = sequence.Children[i];
                var here = $"{path}.sections[{i}]";
                list.Add((here, Scalar(Child(section, "heading_raw")) ?? string.Empty, Scalar(Child(section, "body")) ?? string.Empty));
                Walk(Child(section, "sections"), here);
            }
        }

        if (part is not null)
        {
            list.Add((name, "(part) " + Scalar(Child(part, "heading_raw")), Scalar(Child(part, "body")) ?? string.Empty));
            Walk(Child(part, "sections"), name);
        }

        return list;
    }

    /// <summary>Text compared as words: the spaces a PDF puts between a figure and Chinese are not a difference.</summary>
    private static string Words(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string? Scalar(YamlNode? node) => node is YamlScalarNode { Value: var v } scalar && !(scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && v is "null" or "~" or "")
        ? v!.Trim()
        : null;

    private static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static YamlNode Root(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }
}
