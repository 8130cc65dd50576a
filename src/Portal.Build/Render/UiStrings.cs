using System.Globalization;
using Portal.Build.Load;
using Portal.Build.Load.Yaml;
using Portal.Build.Modeling;
using Portal.Build.Pipeline;
using Portal.Core.Diagnostics;
using Portal.Core.Model;
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

    /// <summary>The file's root node, read as content files are (UTF-8, bounded); a problem is a located error of the model stage.</summary>
    private static YamlNode Parse(string file)
    {
        var display = ContentLoader.Display(file);
        var diagnostics = new DiagnosticBag();
        var node = ContentText.Read(file, display, BuildStage.Model, diagnostics) is { } text ? YamlDocumentParser.Parse(text, display, diagnostics) : null;
        if (diagnostics.Items is [var first, ..])
        {
            throw new LocatedException(first with { Stage = BuildStage.Model });
        }

        return node ?? new YamlMappingNode();
    }

    private static void Flatten(YamlNode node, string prefix, Dictionary<string, string> strings, string file)
    {
        LocatedException Error(YamlNode at, string? path, string message) =>
            new(new Diagnostic(BuildStage.Model, Severity.Error, new SourceLocation(file, (int)at.Start.Line, (int)at.Start.Column), path, message));

        if (node is not YamlMappingNode map)
        {
            throw Error(node, prefix.Length > 0 ? prefix.TrimEnd('.') : null, $"expected a mapping of keys to UI strings, found {ReadContext.Describe(node)}");
        }

        foreach (var (keyNode, value) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } name })
            {
                throw Error(keyNode, prefix.Length > 0 ? prefix.TrimEnd('.') : null, $"expected a key (a name such as nav.home), found {ReadContext.Describe(keyNode)}");
            }

            var key = prefix + name;
            if (value is YamlScalarNode { Value: { } text })
            {
                strings[key] = text;
            }
            else if (value is YamlMappingNode)
            {
                Flatten(value, key + ".", strings, file);
            }
            else
            {
                throw Error(value, key, $"expected a UI string or a mapping of keys to UI strings, found {ReadContext.Describe(value)}");
            }
        }
    }
}
