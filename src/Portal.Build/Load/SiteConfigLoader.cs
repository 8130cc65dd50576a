using Portal.Build.Load.Yaml;
using Portal.Core.Configuration;
using Portal.Core.Diagnostics;

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
                "site.yml not found: run portal in the site's folder or pass --site <path to site.yml>");
            return null;
        }

        var before = diagnostics.Items.Count;
        var text = ContentText.Read(siteFile, display, BuildStage.Config, diagnostics);
        var node = text is null ? null : YamlDocumentParser.Parse(text, display, diagnostics);
        if (node is null)
        {
            return null;
        }

        var context = new ReadContext(new SourceMap(display), diagnostics);
        var map = context.Mapping(node, string.Empty);
        if (map is null)
        {
            return null;
        }

        var root = Path.GetDirectoryName(Path.GetFullPath(siteFile))!;
        string Folder(string key, string fallback) => Path.GetFullPath(Path.Combine(root, map.OptionalText(key) ?? fallback));

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
            Language = language,
            BaseUrl = baseUrl,
            Theme = map.OptionalText("theme") ?? "default",
            RootDirectory = root,
            ContentDirectory = Folder("content_dir", "content"),
            OutputDirectory = outputOverride is null ? configuredOutput : Path.GetFullPath(outputOverride),
            ThemesDirectory = Folder("themes_dir", "themes"),
        };
        map.RejectUnknownKeys();

        if (language is not ("zh-CN" or "en"))
        {
            context.Error(map.Value("language")!, "language", $"expected zh-CN or en, found \"{language}\"");
        }

        return diagnostics.Items.Skip(before).Any(d => d.Severity == Severity.Error) ? null : config;
    }
}
