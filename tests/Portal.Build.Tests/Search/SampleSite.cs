using Portal.Build.Tests.Support;

namespace Portal.Build.Tests.Search;

/// <summary>The repository's sample site, built once for a test class into a temporary folder.</summary>
public sealed class SampleSite : IDisposable
{
    public SampleSite() => SampleSiteBuild.Into(Output);

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "portal-search-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
