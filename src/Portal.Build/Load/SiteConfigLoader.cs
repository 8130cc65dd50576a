using Portal.Build.Load.Yaml;
using Portal.Core.Configuration;
using Portal.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Build.Load;

/// <summary>Reads <c>site.yml</c>; relative folders are resolved against the folder that holds it.</summary>
public static class SiteConfigLoader
{
    public static SiteConfig? Load(string siteFile, DiagnosticBag diagnostics, string? outputOverride = null)
    {
        var display = ContentLoader.Display(siteFile);
        if (!File.Exists(siteFile))
        {
            diagnostics.Error(BuildStage.Config, new SourceLocation(display, 1, 1), null,
                // Without a site there is no language to ask for: Chinese, the default, with the English after it.
                "找不到 site.yml：请在网站文件夹里运行 portal，或用 --site 指明 site.yml；新建网站用 portal init 文件夹名"
                + " (site.yml not found: run portal in the site's folder or pass --site <path to site.yml>)");
            return null;
        }

        var before = diagnostics.Items.Count;
        var text = ContentText.Read(siteFile, display, BuildStage.Config, diagnostics);
        var node = text is null ? null : YamlDocumentParser.Parse(text, display, diagnostics);
        if (node is null)
        {
            return null;
        }

        var context = new ReadContext(new SourceMap(display), diagnostics, MessagesIn(node));
        var map = context.Mapping(node, string.Empty);
        if (map is null)
        {
            return null;
        }

        var root = Path.GetDirectoryName(Path.GetFullPath(siteFile))!;

        // Where a setting came from: its value in site.yml, or the file's start when the default applies.
        SourceLocation Where(string key) => map.Value(key) is { } value ? context.LocationOf(value) : new SourceLocation(display, 1, 1);
        void ConfigError(string key, string message) => diagnostics.Error(BuildStage.Config, Where(key), key, message);

        string Folder(string key, string fallback)
        {
            // GetFullPath throws on a NUL (a stack trace, before); no file system has such a name. Said once, as a
            // folder-path error, before the text reader would also call it a control character.
            if (map.Value(key) is YamlScalarNode { Value: { } raw } && raw.Contains('\0', StringComparison.Ordinal))
            {
                ConfigError(key, "expected a folder path, found one holding a NUL character (\\0)");
                return Path.Combine(root, fallback);
            }

            var written = map.OptionalText(key) ?? fallback;

            return Path.GetFullPath(Path.Combine(root, written));
        }

        var language = map.OptionalText("language") ?? "zh-CN";
        var baseUrl = map.OptionalText("base_url") ?? "/";
        if (!baseUrl.EndsWith('/'))
        {
            baseUrl += "/";
        }

        if (!baseUrl.StartsWith('/') && !Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
        {
            context.Error(map.Value("base_url")!, "base_url", $"expected an absolute URL (https://example.gov.cn/portal/) or a path starting with '/', found \"{baseUrl}\"");
        }

        // Read output_dir even when --output overrides it, so the key is still known and checked.
        var configuredOutput = Folder("output_dir", "public");
        var config = new SiteConfig
        {
            Title = map.RequiredText("title", "the site's title, e.g. 财政信息公开平台"),
            Description = map.OptionalText("description"),
            License = License(map.OptionalMapping("license")),
            Language = language,
            BaseUrl = baseUrl,
            Theme = map.OptionalText("theme") ?? "default",
            RootDirectory = root,
            ContentDirectory = Folder("content_dir", "content"),
            OutputDirectory = outputOverride is null ? configuredOutput : Path.GetFullPath(outputOverride),
            // Without themes_dir: the site's own themes/, else the themes that ship with Portal (Bundled).
            ThemesDirectory = map.Has("themes_dir") ? Folder("themes_dir", "themes") : Scaffold.Bundled.ResolveThemes(root, null),
            Identity = new SiteIdentity
            {
                Logo = Logo(map.OptionalText("logo"), root, message => ConfigError("logo", message)),
                Organizer = map.OptionalText("organizer"),
                Contact = map.OptionalText("contact"),
                SiteCode = map.OptionalText("site_code"),
                Icp = map.OptionalText("icp"),
                PoliceRecord = map.OptionalText("police_record"),
            },
        };
        map.RejectUnknownKeys();

        if (language is not ("zh-CN" or "en"))
        {
            context.Error(map.Value("language")!, "language", $"expected zh-CN or en, found \"{language}\"");
        }

        CheckTheme(config, ConfigError);
        CheckOutput(config, outputOverride is null ? Where("output_dir") : null, outputOverride is null ? "output_dir" : "--output", diagnostics);
        return diagnostics.Items.Skip(before).Any(d => d.Severity == Severity.Error) ? null : config;
    }

    /// <summary><c>license: {name: …, url: …}</c>: the name is required, the url optional (an absolute http(s) URL).</summary>
    private static SiteLicense? License(MappingReader? map)
    {
        if (map is null)
        {
            return null;
        }

        var name = map.RequiredText("name", "the licence's name, e.g. 知识共享署名 4.0 国际许可协议（CC BY 4.0）");
        var url = map.OptionalText("url");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            map.Context.Error(map.Value("url")!, map.Child("url"), $"expected an absolute http(s) URL of the licence's terms, found \"{url}\"");
            url = null;
        }

        return map.Complete(new SiteLicense(name, url));
    }

    /// <summary>
    /// The themes folder must exist and hold the chosen theme: a misspelt theme used to fall back to the default
    /// silently, and a missing themes folder failed late, in the render stage, without a location.
    /// </summary>
    private static readonly string[] LogoExtensions = [".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp"];

    /// <summary>The real path of the logo: an image file inside the site's folder (nothing outside the site is read).</summary>
    private static string? Logo(string? written, string root, Action<string> error)
    {
        if (written is null)
        {
            return null;
        }

        var real = RealPaths.Inside(RealPaths.Of(root), written, "the site's folder", out var problem);
        if (real is null)
        {
            error($"expected an image file inside the site's folder, found \"{written}\": {problem}");
            return null;
        }

        if (!LogoExtensions.Contains(Path.GetExtension(real).ToLowerInvariant()))
        {
            error($"expected an image (.svg, .png, .jpg, .gif or .webp), found \"{written}\"");
            return null;
        }

        if (!File.Exists(real))
        {
            error($"the logo file \"{written}\" does not exist");
            return null;
        }

        return real;
    }

    private static void CheckTheme(SiteConfig config, Action<string, string> error)
    {
        if (!Directory.Exists(config.ThemesDirectory))
        {
            error("themes_dir", $"the themes folder '{ContentLoader.Display(config.ThemesDirectory)}' does not exist: expected a folder that holds the theme folders (default, …)");
            return;
        }

        if (config.Theme.Length == 0 || config.Theme.IndexOfAny(['/', '\\', '\0']) >= 0 || config.Theme is "." or ".."
            || !Directory.Exists(Path.Combine(config.ThemesDirectory, config.Theme)))
        {
            var themes = Directory.GetDirectories(config.ThemesDirectory).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order(StringComparer.Ordinal).ToArray();
            error("theme", $"no theme named \"{config.Theme}\" in the themes folder '{ContentLoader.Display(config.ThemesDirectory)}': "
                + (themes.Length == 0 ? "it holds no theme folder (copy themes/default there)" : $"expected one of {string.Join(", ", themes)}"));
        }
    }

    /// <summary>Refuses an output folder that overlaps the site's sources (see <see cref="OutputFolder"/>).</summary>
    private static void CheckOutput(SiteConfig config, SourceLocation? location, string field, DiagnosticBag diagnostics)
    {
        string? overlap;
        try
        {
            overlap = OutputFolder.Overlap(config, config.OutputDirectory);
        }
        catch (IOException ex)
        {
            diagnostics.Error(BuildStage.Config, location, field, $"the output folder '{ContentLoader.Display(config.OutputDirectory)}' cannot be resolved: {ex.Message}");
            return;
        }

        if (overlap is not null)
        {
            diagnostics.Error(BuildStage.Config, location, field,
                $"the output folder '{ContentLoader.Display(config.OutputDirectory)}' {overlap}; {OutputFolder.Consequence}");
        }
    }

    /// <summary>site.yml's own messages are in the language it asks for (a syntax error comes before that is known).</summary>
    private static MessageLanguage MessagesIn(YamlNode node) =>
        MessageLanguages.Of(node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode("language"), out var value)
            ? (value as YamlScalarNode)?.Value
            : null);
}
