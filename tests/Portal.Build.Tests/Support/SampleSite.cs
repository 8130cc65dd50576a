using Portal.Build.Load;
using Portal.Build.Pipeline;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Support;

/// <summary>The repository's sample site built once into a temporary folder, shared by a test class.</summary>
public sealed class SampleSite : IDisposable
{
    public SampleSite()
    {
        Output = Path.Combine(Path.GetTempPath(), "portal-sample-" + Guid.NewGuid().ToString("N"));
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(RepositoryPaths.SiteFile, diagnostics, Output)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        Result = new BuildPipeline(config).Build();
        if (!Result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", Result.Diagnostics));
        }
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public string PathOf(string sitePath) => Path.Combine(Output, sitePath.Replace('/', Path.DirectorySeparatorChar));

    public void Dispose()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
