using Portal.Build.Load;
using Portal.Build.Modeling;
using Portal.Build.Pipeline;
using Portal.Build.Render;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Render;

public sealed class ParallelRenderingTests
{
    [Fact]
    public void A_parallel_build_writes_the_same_bytes_as_a_single_threaded_build()
    {
        // 80 reports make about 200 pages: several render batches, so batch boundaries are crossed too.
        using var site = new CorpusSite(80);

        var single = new BuildPipeline(site.Config("single")).Build(new RazorSiteRenderer(parallelism: 1));
        var parallel = new BuildPipeline(site.Config("parallel")).Build(new RazorSiteRenderer(parallelism: 4));

        Assert.True(single.Succeeded && parallel.Succeeded, string.Join("\n", single.Diagnostics.Concat(parallel.Diagnostics)));
        Assert.True(single.Pages > 128, $"only {single.Pages} pages: too few to cross a render batch");
        var expected = site.Files("single");
        var actual = site.Files("parallel");
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(actual[file.Key]), $"{file.Key} differs"));
    }

    [Fact]
    public void Pages_come_out_in_the_site_models_order_whatever_the_number_of_threads()
    {
        using var site = new CorpusSite(30);
        var observer = new RecordingObserver();

        new BuildPipeline(site.Config()).Build(new RazorSiteRenderer(parallelism: 4), [observer]);

        var config = site.Config();
        using var model = SiteModelBuilder.Build(config, ContentLoader.Load(config.ContentDirectory, new DiagnosticBag()));
        Assert.Equal(model.Pages.Select(p => p.OutputFile), observer.Files.Where(f => f.IsPage).Select(f => f.Path));
    }

    [Fact]
    public void An_observer_sees_every_file_and_the_files_it_adds_are_written_with_the_site()
    {
        using var site = new CorpusSite(5);
        var observer = new RecordingObserver();

        var result = new BuildPipeline(site.Config()).Build(observers: [observer]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // Observed: every file written, except what observers add at the end (this one's file, the search index) and
        // what is streamed to disk: the open-data archive and its two site-wide members.
        var output = Path.Combine(site.Root, "public");
        var written = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).ToArray();
        Assert.Equal(result.Files, written.Length);
        Assert.Equal(
            written.Where(p => p != "observed.txt" && p is not "data/portal-data.zip" and not "data/figures.csv" and not "datapackage.json" && !(p.StartsWith("search/", StringComparison.Ordinal) && p.EndsWith(".bin", StringComparison.Ordinal))).Order(StringComparer.Ordinal),
            observer.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Equal(result.Pages, observer.Files.Count(f => f.IsPage));
        Assert.Equal($"{result.Pages} pages", File.ReadAllText(Path.Combine(site.Root, "public", "observed.txt")));
    }

    /// <summary>Counts what it sees and adds one file, as a search indexer would add its index.</summary>
    private sealed class RecordingObserver : IOutputObserver
    {
        public List<OutputFile> Files { get; } = [];

        public IReadOnlyList<OutputFile> Observe(OutputFile file)
        {
            Files.Add(file);
            return [];
        }

        public IEnumerable<OutputFile> Complete() =>
            [new OutputFile("observed.txt", System.Text.Encoding.UTF8.GetBytes($"{Files.Count(f => f.IsPage)} pages"), IsPage: false)];
    }
}
