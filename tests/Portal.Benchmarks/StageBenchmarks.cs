using BenchmarkDotNet.Attributes;
using Portal.Build.Load;
using Portal.Build.Modeling;
using Portal.Build.Render;
using Portal.Build.Validate;
using Portal.Build.Write;
using Portal.Core.Configuration;
using Portal.Core.Diagnostics;
using Portal.Core.Model;

namespace Portal.Benchmarks;

/// <summary>
/// Each build stage on its own, in process, on a synthetic corpus of <see cref="Reports"/> department-years.
/// Templates are compiled in the setup, so Render measures rendering, not Roslyn; it renders a model built from the
/// loaded content for each call (a model's pages are read once: they let go of their department's content as they
/// are built), so render alone is Render less Model. In process (not a child process) because RazorLight compiles
/// themes against the entry assembly's compilation context.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class StageBenchmarks
{
    private static readonly RazorSiteRenderer OneThread = new(parallelism: 1);

    private SiteConfig _config = null!;
    private ContentSet _content = null!;
    private List<OutputFile> _files = null!;
    private string _output = null!;

    /// <summary>Corpus sizes: <c>$PORTAL_BENCH_SIZES</c> (comma-separated), default 100 and 1,000.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Reports { get; set; }

    public static IEnumerable<int> Sizes =>
        (Environment.GetEnvironmentVariable("PORTAL_BENCH_SIZES") is { Length: > 0 } sizes ? sizes : "100,1000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(int.Parse);

    [GlobalSetup]
    public void Setup()
    {
        var diagnostics = new DiagnosticBag();
        _config = SiteConfigLoader.Load(BenchmarkCorpus.SiteFile(Reports), diagnostics)!;
        _content = ContentLoader.Load(_config.ContentDirectory, diagnostics);
        using (var site = SiteModelBuilder.Build(_config, _content))
        {
            _files = [.. RazorSiteRenderer.Shared.Render(site, diagnostics)];
        }

        _output = Path.Combine(Path.GetTempPath(), $"portal-bench-output-{Reports}");
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        }
    }

    [Benchmark]
    public int Load() => ContentLoader.Load(_config.ContentDirectory, new DiagnosticBag()).Departments.Count;

    [Benchmark]
    public bool Validate()
    {
        var diagnostics = new DiagnosticBag();
        ContentValidator.Validate(_content, diagnostics);
        return diagnostics.HasErrors;
    }

    [Benchmark]
    public int Model()
    {
        using var site = SiteModelBuilder.Build(_config, _content);
        return site.Pages.Count;
    }

    [Benchmark]
    public long Render() => RenderWith(RazorSiteRenderer.Shared);

    [Benchmark]
    public long RenderOneThread() => RenderWith(OneThread);

    [Benchmark]
    public int Write()
    {
        using var output = new StagedOutput(_output, OutputFolder.Sources(_config));
        foreach (var file in _files)
        {
            output.Add(file);
        }

        output.Commit();
        return _files.Count;
    }

    private long RenderWith(RazorSiteRenderer renderer)
    {
        using var site = SiteModelBuilder.Build(_config, _content);
        return renderer.Render(site, new DiagnosticBag()).Sum(f => (long)f.Content.Length);
    }
}
