using System.Globalization;
using Portal.Build.Load;
using Portal.Build.Modeling;
using Portal.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Build.Render;

/// <summary>
/// The theme's UI strings in the site's language, from <c>themes/&lt;theme&gt;/i18n/&lt;language&gt;.yml</c>
/// (keys of the site's theme win over the default theme's). Nested YAML keys are joined with dots:
/// <c>nav: {glossary: 名词解释}</c> is <c>nav.glossary</c>. A key that is missing is a build error.
/// </summary>
public sealed class UiStrings
{
    public const string Folder = "i18n";

    public const string FigurePrefix = "figure.";

    private const string UnitWan = "万元";
    private const string UnitPersons = "人";

    public static readonly UiStrings Empty = new(new Dictionary<string, string>(), "(no language file)");

    private readonly IReadOnlyDictionary<string, string> _strings;
    private readonly string _source;

    private UiStrings(IReadOnlyDictionary<string, string> strings, string source)
    {
        _strings = strings;
        _source = source;
    }

    public IEnumerable<string> Keys => _strings.Keys;

    /// <summary>The string for a key; with arguments, {0}, {1}… are filled in (invariant culture).</summary>
    public string T(string key, params object?[] args)
    {
        if (!_strings.TryGetValue(key, out var text))
        {
            throw new KeyNotFoundException($"UI string '{key}' is missing from {_source}: add it to every language file of the theme");
        }

        return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
    }

    /// <summary>
    /// Where a figure comes from as a page or download shows it: a table's code (表一) is data and stays as
    /// printed; <see cref="HeadlineCalculator.StatedOrigin"/> (the report's own text) is UI and is translated.
    /// </summary>
    public string Origin(string origin) => origin == HeadlineCalculator.StatedOrigin ? T("headline.stated") : origin;

    /// <summary>Portal's own units, 万元 and 人, in the site's language; a unit printed in a source is data and stays.</summary>
    public string Unit(string unit) => unit switch
    {
        UnitWan => T("common.unit_wan_name"),
        UnitPersons => T("common.unit_persons"),
        _ => unit,
    };

    /// <summary>
    /// The name of a figure Portal itself names (a <see cref="StatedFigureKey"/>: 收支总计, 机关运行经费 …) in the
    /// site's language; any other figure (a 功能分类 class such as "201 一般公共服务支出") keeps its printed name.
    /// </summary>
    public string Figure(string key, string label) => StatedFigureKey.Find(key) is null ? label : T(FigurePrefix + key);

    /// <summary>Reads the language file of the default theme and, over it, the site theme's if it has one.</summary>
    public static UiStrings Load(string themeDirectory, string defaultThemeDirectory, string language)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var sources = new List<string>();
        foreach (var theme in new[] { defaultThemeDirectory, themeDirectory }.Distinct())
        {
            var file = Path.Combine(theme, Folder, language + ".yml");
            if (File.Exists(file))
            {
                Flatten(Parse(file), string.Empty, strings, ContentLoader.Display(file));
                sources.Add(ContentLoader.Display(file));
            }
        }

        if (sources.Count == 0)
        {
            throw new FileNotFoundException($"the theme has no UI strings for language '{language}': expected {ContentLoader.Display(Path.Combine(defaultThemeDirectory, Folder, language + ".yml"))}");
        }

        return new UiStrings(strings, string.Join(" and ", sources));
    }

    private static YamlNode Parse(string file)
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(File.ReadAllText(file)));
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"{ContentLoader.Display(file)}:{ex.Start.Line}:{ex.Start.Column}: malformed YAML: {ex.Message}", ex);
        }

        return yaml.Documents.Count == 0 ? new YamlMappingNode() : yaml.Documents[0].RootNode;
    }

    private static void Flatten(YamlNode node, string prefix, Dictionary<string, string> strings, string file)
    {
        if (node is not YamlMappingNode map)
        {
            throw new InvalidDataException($"{file}:{node.Start.Line}:{node.Start.Column}: expected a mapping of keys to UI strings");
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var key = prefix + ((YamlScalarNode)keyNode).Value;
            if (value is YamlScalarNode { Value: { } text })
            {
                strings[key] = text;
            }
            else
            {
                Flatten(value, key + ".", strings, file);
            }
        }
    }
}
