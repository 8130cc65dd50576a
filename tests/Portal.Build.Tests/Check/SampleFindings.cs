using Portal.Build.Check;
using Portal.Build.Load;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Check;

/// <summary>The accounts checker's findings on the sample site's content (content/), checked once for every test class that reads them.</summary>
internal static class SampleFindings
{
    private static readonly Lazy<IReadOnlyList<Finding>> Checked = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(RepositoryPaths.Content, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return AccountsChecker.Check(content);
    });

    public static IReadOnlyList<Finding> All => Checked.Value;
}
