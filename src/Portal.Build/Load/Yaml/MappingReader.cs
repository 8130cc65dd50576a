using YamlDotNet.RepresentationModel;

namespace Portal.Build.Load.Yaml;

/// <summary>
/// Reads the keys of one YAML mapping; every key asked for is marked as known, and
/// <see cref="RejectUnknownKeys"/> reports the rest, so a misspelt key never passes silently.
/// </summary>
internal sealed class MappingReader
{
    private readonly ReadContext _context;
    private readonly YamlMappingNode _node;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public MappingReader(ReadContext context, YamlMappingNode node, string path)
    {
        _context = context;
        _node = node;
        Path = path;
        foreach (var (key, value) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!_entries.TryAdd(name, (key, value)))
            {
                context.Error(key, Child(name), "this key appears twice in the same mapping");
            }
        }
    }

    public string Path { get; }

    public ReadContext Context => _context;

    public YamlNode Node => _node;

    public string Child(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public bool Has(string key)
    {
        _known.Add(key);
        return _entries.ContainsKey(key);
    }

    public YamlNode? Value(string key)
    {
        _known.Add(key);
        return _entries.TryGetValue(key, out var entry) ? entry.Value : null;
    }

    public string? OptionalText(string key) => Value(key) is { } node ? _context.Text(node, Child(key)) : null;

    public string RequiredText(string key, string what)
    {
        var node = Value(key);
        if (node is null)
        {
            MissingError(key, what);
            return string.Empty;
        }

        var text = _context.Text(node, Child(key));
        if (string.IsNullOrWhiteSpace(text))
        {
            _context.Error(node, Child(key), $"required field is empty: expected {what}");
            return string.Empty;
        }

        return text;
    }

    public decimal? OptionalDecimal(string key, string what = "an amount") =>
        Value(key) is { } node ? _context.Decimal(node, Child(key), what) : null;

    public int? OptionalInteger(string key, string what = "a whole number") =>
        Value(key) is { } node ? _context.Integer(node, Child(key), what) : null;

    public MappingReader? OptionalMapping(string key) =>
        Value(key) is { } node && !ReadContext.IsNull(node) ? _context.Mapping(node, Child(key)) : null;

    public IReadOnlyList<string> TextList(string key) =>
        Value(key) is { } node && !ReadContext.IsNull(node) ? _context.TextList(node, Child(key)) : [];

    public IReadOnlyList<T> List<T>(string key, Func<YamlNode, string, T?> read)
        where T : class
    {
        if (Value(key) is not { } node || ReadContext.IsNull(node))
        {
            return [];
        }

        var items = _context.Sequence(node, Child(key));
        if (items is null)
        {
            return [];
        }

        var result = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (read(items[i], $"{Child(key)}[{i}]") is { } item)
            {
                result.Add(item);
            }
        }

        return result;
    }

    public IReadOnlyList<T> MappingList<T>(string key, Func<MappingReader, T?> read)
        where T : class =>
        List(key, (node, path) => _context.Mapping(node, path) is { } reader ? reader.Complete(read(reader)) : null);

    /// <summary>Ends reading this mapping: reports its unknown keys and hands back what was read.</summary>
    public T Complete<T>(T value)
    {
        RejectUnknownKeys();
        return value;
    }

    public void MissingError(string key, string what) =>
        _context.Error(_node, Child(key), $"missing required field '{key}': expected {what}");

    /// <summary>Reports each key that no reader asked for, naming the keys that are allowed here.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var (name, (key, _)) in _entries)
        {
            if (!_known.Contains(name))
            {
                var allowed = string.Join(", ", _known.Order(StringComparer.Ordinal));
                _context.Error(key, Child(name), $"unknown key '{name}'; expected one of: {allowed}");
            }
        }
    }

}
