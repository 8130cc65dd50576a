using System.Collections.Concurrent;
using Portal.Build.Modeling;
using Portal.Core.Diagnostics;
using RazorLight;
using RazorLight.Compilation;

namespace Portal.Build.Render;

/// <summary>
/// Renders pages with RazorLight, on every core: pages are independent view models and a compiled template keeps
/// no state between renders, so pages render in parallel and come out in the model's order, byte for byte as a
/// single thread writes them. Engines are cached per theme folder pair and compiled templates on disk
/// (<see cref="TemplateDiskCache"/>), so only the first build after a theme change pays for Roslyn.
/// CJK text is written as UTF-8 characters, never as <c>&amp;#x…;</c> entities (<see cref="PageWriter"/>), while <c>&lt; &gt; &amp; " '</c> are
/// still escaped.
/// </summary>
/// <param name="parallelism">Threads that render pages; 1 renders on the caller's thread only.</param>
/// <param name="templateCache">Root folder of the compiled-template cache; default <see cref="TemplateDiskCache.DefaultRoot"/>.</param>
public sealed class RazorSiteRenderer(int parallelism, string? templateCache = null) : ISiteRenderer
{
    public static readonly RazorSiteRenderer Shared = new(Environment.ProcessorCount);

    /// <summary>Pages rendered ahead of the writer: enough to keep every core busy, few enough to stay small.</summary>
    private const int Window = 64;

    /// <summary>
    /// Bytes of rendered pages waiting for the writer, at most (one page more when a single page is larger): 64 pages of
    /// a department are 10 MB, 64 compare pages of a 10,000-report site a gigabyte.
    /// </summary>
    private const long WindowBytes = 32 << 20;

    private readonly ConcurrentDictionary<(string, string), RazorLightEngine> _engines = new();

    public int Parallelism { get; } = Math.Max(1, parallelism);

    public IEnumerable<OutputFile> Render(SiteModel site, DiagnosticBag diagnostics)
    {
        var engine = _engines.GetOrAdd((site.ThemeDirectory, site.DefaultThemeDirectory), key => CreateEngine(key.Item1, key.Item2, templateCache ?? TemplateDiskCache.DefaultRoot));
        if (!CompileAll(engine, site, diagnostics))
        {
            yield break;
        }

        var failed = 0;
        OutputFile? RenderPage(PageModel page)
        {
            if (Volatile.Read(ref failed) != 0)
            {
                return null;
            }

            try
            {
                Ui.Use(page.Site.Strings);
                var template = engine.CompileTemplateAsync(page.Template).GetAwaiter().GetResult();
                using var writer = new PageWriter();
                engine.RenderTemplateAsync(template, page, writer).GetAwaiter().GetResult();
                return new OutputFile(page.OutputFile, writer.ToArray(), IsPage: true);
            }
            catch (TemplateNotFoundException ex)
            {
                // Every page of a missing template fails the same way: report the first, skip the rest. (A template
                // that does not compile was reported by CompileAll, before any page.)
                if (Interlocked.Exchange(ref failed, 1) == 0)
                {
                    diagnostics.Error(BuildStage.Render, null, page.Template, $"theme template not found: {ex.Message}");
                }

                return null;
            }
            catch (Exception ex)
            {
                throw new Pipeline.WorkFailedException($"page {page.OutputFile}", ex);
            }
        }

        foreach (var file in OrderedParallel.Map(site.Pages, RenderPage, Parallelism, Window, f => f?.Content.Length ?? 0, WindowBytes))
        {
            if (file is null)
            {
                yield break;
            }

            yield return file;
        }

        // Open data is made as it is written: on every core, like the pages.
        foreach (var file in OrderedParallel.Map(site.Generated, f => new OutputFile(f.OutputPath, f.Content, IsPage: false), Parallelism, Window, f => f.Content.Length, WindowBytes))
        {
            yield return file;
        }

        foreach (var file in site.Files)
        {
            yield return new OutputFile(file.OutputPath, File.ReadAllBytes(file.SourcePath), IsPage: false);
        }
    }

    /// <summary>
    /// Compiles every template of the theme and the default theme before the first page, on every core: a template
    /// that does not compile fails the build at once, not when its first page comes (the compare pages come after
    /// every report page: minutes into a 10,000-report build). Compiled templates are cached (in memory and on disk),
    /// so the pages then find them ready. False, with the error of the first broken template by path, when one is.
    /// </summary>
    private bool CompileAll(RazorLightEngine engine, SiteModel site, DiagnosticBag diagnostics)
    {
        var keys = new[] { site.ThemeDirectory, site.DefaultThemeDirectory }
            .Where(Directory.Exists)
            .SelectMany(theme => Directory.EnumerateFiles(theme, "*.cshtml", SearchOption.AllDirectories)
                .Select(file => Path.ChangeExtension(Path.GetRelativePath(theme, file), null).Replace(Path.DirectorySeparatorChar, '/')))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var errors = new TemplateCompilationException?[keys.Length];
        Parallel.For(0, keys.Length, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, i =>
        {
            try
            {
                engine.CompileTemplateAsync(keys[i]).GetAwaiter().GetResult();
            }
            catch (TemplateCompilationException ex)
            {
                errors[i] = ex;
            }
        });
        var first = Array.FindIndex(errors, e => e is not null);
        if (first < 0)
        {
            return true;
        }

        var (location, error) = CompilationError(errors[first]!, site);
        diagnostics.Error(BuildStage.Render, location, location is null ? keys[first] : null, $"the theme template does not compile: {error}");
        return false;
    }

    /// <summary>
    /// The first compiler error, at its line in the .cshtml: Razor's generated C# carries #line directives back to the
    /// template, whose key (<c>/pages/Report.cshtml</c>) is found in the site's theme or the default theme.
    /// </summary>
    private static (SourceLocation? Location, string Message) CompilationError(TemplateCompilationException compilation, SiteModel site)
    {
        // RazorLight keeps only the errors, each with the path and line the #line directives map it to.
        var first = compilation.CompilationDiagnostics.FirstOrDefault();
        if (first is null || first.LineSpan is not { } span)
        {
            return (null, first?.ErrorMessage ?? compilation.CompilationErrors.FirstOrDefault() ?? compilation.Message);
        }

        var relative = (span.Path ?? string.Empty).TrimStart('/', '\\');
        var file = relative.Length == 0 ? null : new[] { site.ThemeDirectory, site.DefaultThemeDirectory }
            .Select(theme => Path.Combine(theme, relative))
            .Select(path => Path.HasExtension(path) ? path : path + ".cshtml")
            .FirstOrDefault(File.Exists);
        var start = span.StartLinePosition;
        return file is null
            ? (null, first.ErrorMessage)
            : (new SourceLocation(Load.ContentLoader.Display(file), start.Line + 1, start.Character + 1), first.ErrorMessage);
    }

    private static RazorLightEngine CreateEngine(string theme, string defaultTheme, string templateCache) =>
        new RazorLightEngineBuilder()
            .UseProject(new ThemeProject([theme, defaultTheme]))
            .UseCachingProvider(new TemplateDiskCache(templateCache, [theme, defaultTheme]))
            .AddDefaultNamespaces("Portal.Build.Modeling", "Portal.Build.Render", "Portal.Core.Model", "Portal.Core.Model.Tables", "Portal.Core.Model.Templates", "Portal.Core.Model.Performance", "Portal.Core.Model.Narrative")
            .AddPrerenderCallbacks(page => ((RazorLight.TemplatePageBase)page).HtmlEncoder = TextFormat.Encoder)
            .Build();
}
