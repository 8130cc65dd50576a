using Portal.Build.Load;
using Portal.Build.Pipeline;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Search;

/// <summary>The repository's sample site, built once for a test class into a temporary folder.</summary>
public sealed class SampleSite : IDisposable
{
    public SampleSite()
    {
        Output = Path.Combine(Path.GetTempPath(), "portal-search-" + Guid.NewGuid().ToString("N"));
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(RepositoryPaths.SiteFile, diagnostics, Output)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        var result = new BuildPipeline(config).Build();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }
    }

    public string Output { get; }

    public void Dispose()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
