using Portal.Build.Load.Yaml.Plain;
using Portal.Core.Diagnostics;
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

    /// <summary>
    /// Required keys found missing while a key near their spelling is present: <c>titel</c> is most likely the
    /// missing <c>title</c>, and one message at the misspelt key says so instead of two (missing + unknown).
    /// Settled by <see cref="RejectUnknownKeys"/>, once every allowed key of the mapping is known.
    /// </summary>
    private readonly List<(string Key, string What)> _missingNearKeys = [];

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
                context.Error(key, Child(name), context.Language.Say("同一层里这个键出现了两次：删去其中一个", "this key appears twice in the same mapping"));
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
            _context.Error(node, Child(key), _context.Language.Say($"必填的键是空的：应填{FieldWords.In(_context.Language, what)}", $"required field is empty: expected {what}"));
            return string.Empty;
        }

        return text;
    }

    public decimal? OptionalDecimal(string key, string what = "an amount") =>
        Value(key) is { } node ? _context.Decimal(node, Child(key), what) : null;

    public int? OptionalInteger(string key, string what = "a whole number") =>
        Value(key) is { } node ? _context.Integer(node, Child(key), what) : null;

    public bool? OptionalBoolean(string key) =>
        Value(key) is { } node ? _context.Boolean(node, Child(key)) : null;

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

        return _context.Sequence(node, Child(key)) is { } items ? ReadContext.Items(items, Child(key), read) : [];
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

    public void MissingError(string key, string what)
    {
        if (_entries.Keys.Any(present => present != key && KeySuggestion.Distance(present, key) <= KeySuggestion.MaxDistance))
        {
            _missingNearKeys.Add((key, what));
            return;
        }

        ReportMissing(key, what);
    }

    private void ReportMissing(string key, string what) =>
        _context.Error(_node, Child(key), _context.Language.Say(
            $"缺少必填的键 '{key}'：应填{FieldWords.In(_context.Language, what)}",
            $"missing required field '{key}': expected {what}"));

    /// <summary>Reports each key that no reader asked for, naming the keys that are allowed here.</summary>
    public void RejectUnknownKeys()
    {
        var allowed = _known.Order(StringComparer.Ordinal).ToArray();
        var unknown = _entries.Where(e => !_known.Contains(e.Key)).ToArray();
        foreach (var (missing, what) in _missingNearKeys)
        {
            var misspelt = unknown.FirstOrDefault(u => KeySuggestion.Nearest(u.Key, allowed) == missing);
            if (misspelt.Key is null)
            {
                ReportMissing(missing, what);
            }
        }

        foreach (var (name, (key, _)) in unknown)
        {
            var required = _missingNearKeys.Any(m => KeySuggestion.Nearest(name, allowed) == m.Key);
            _context.Error(key, Child(name), UnknownKeyMessage(name, allowed, _context.Language, required));
        }

        _missingNearKeys.Clear();
    }

    /// <summary>An unknown key, the nearest allowed key when it is a likely slip, and every key allowed here.</summary>
    /// <param name="required">The suggested key is required and missing: said, so the webmaster knows this is the one to fix.</param>
    internal static string UnknownKeyMessage(string name, IReadOnlyList<string> allowed, MessageLanguage language, bool required = false)
    {
        var list = string.Join(", ", allowed);
        if (KeySuggestion.Nearest(name, allowed) is not { } near)
        {
            return language.Say($"不认识的键 '{name}'：这里可以用的键：{list}", $"unknown key '{name}'; expected one of: {list}");
        }

        var missing = required ? language.Say($"（'{near}' 是必填的，现在缺少）", $" ('{near}' is required and missing)") : string.Empty;
        return language.Say(
            $"不认识的键 '{name}'：是不是要写 '{near}'？{missing}这里可以用的键：{list}",
            $"unknown key '{name}'; did you mean '{near}'?{missing} expected one of: {list}");
    }
}
