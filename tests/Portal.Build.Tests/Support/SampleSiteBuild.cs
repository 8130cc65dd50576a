using Portal.Build.Load;
using Portal.Build.Pipeline;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Support;

/// <summary>Builds the repository's sample site (site.yml, content/, themes/) into a folder, or throws with the diagnostics.</summary>
public static class SampleSiteBuild
{
    public static void Into(string output)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(RepositoryPaths.SiteFile, diagnostics, output)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        var result = new BuildPipeline(config).Build();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the sample site does not build:\n" + string.Join("\n", result.Diagnostics));
        }
    }
}
