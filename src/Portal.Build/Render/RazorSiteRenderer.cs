using System.Collections.Concurrent;
using System.Text;
using Portal.Build.Modeling;
using Portal.Core.Diagnostics;
using RazorLight;
using RazorLight.Compilation;

namespace Portal.Build.Render;

/// <summary>
/// Renders pages with RazorLight. Engines are cached per theme folder pair, so templates compile once
/// per process (the first compile costs seconds). CJK text is written as UTF-8 characters, never as
/// <c>&amp;#x…;</c> entities, while <c>&lt; &gt; &amp; " '</c> are still escaped.
/// </summary>
public sealed class RazorSiteRenderer : ISiteRenderer
{
    public static readonly RazorSiteRenderer Shared = new();

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ConcurrentDictionary<(string, string), RazorLightEngine> _engines = new();

    public IReadOnlyList<OutputFile> Render(SiteModel site, DiagnosticBag diagnostics)
    {
        var engine = _engines.GetOrAdd((site.ThemeDirectory, site.DefaultThemeDirectory), key => CreateEngine(key.Item1, key.Item2));
        var files = new List<OutputFile>(site.Pages.Count + site.Generated.Count + site.Files.Count);
        foreach (var page in site.Pages)
        {
            try
            {
                Ui.Use(page.Site.Strings);
                var html = engine.CompileRenderAsync(page.Template, page).GetAwaiter().GetResult();
                files.Add(new OutputFile(page.OutputFile, Utf8.GetBytes(CharacterReferences.Unescape(html)), IsPage: true));
            }
            catch (TemplateCompilationException ex)
            {
                var first = ex.CompilationErrors.FirstOrDefault() ?? ex.Message;
                diagnostics.Error(BuildStage.Render, null, page.Template, $"theme template does not compile: {first}");
                return files;
            }
            catch (TemplateNotFoundException ex)
            {
                diagnostics.Error(BuildStage.Render, null, page.Template, $"theme template not found: {ex.Message}");
                return files;
            }
        }

        foreach (var file in site.Generated)
        {
            files.Add(new OutputFile(file.OutputPath, file.Content, IsPage: false));
        }

        foreach (var file in site.Files)
        {
            files.Add(new OutputFile(file.OutputPath, File.ReadAllBytes(file.SourcePath), IsPage: false));
        }

        return files;
    }

    private static RazorLightEngine CreateEngine(string theme, string defaultTheme) =>
        new RazorLightEngineBuilder()
            .UseProject(new ThemeProject([theme, defaultTheme]))
            .UseMemoryCachingProvider()
            .AddDefaultNamespaces("Portal.Build.Modeling", "Portal.Build.Render", "Portal.Core.Model", "Portal.Core.Model.Tables", "Portal.Core.Model.Performance", "Portal.Core.Model.Narrative")
            .AddPrerenderCallbacks(page => ((RazorLight.TemplatePageBase)page).HtmlEncoder = TextFormat.Encoder)
            .Build();
}
