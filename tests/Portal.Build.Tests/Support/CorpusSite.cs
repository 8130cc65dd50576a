using Portal.Build.Load;
using Portal.Core.Configuration;
using Portal.Core.Diagnostics;
using Portal.Corpus;

namespace Portal.Build.Tests.Support;

/// <summary>A synthetic site from the corpus generator in a temporary folder, built with the repository's themes.</summary>
public sealed class CorpusSite : IDisposable
{
    public CorpusSite(int reports, int seed = 1)
    {
        Root = Path.Combine(Path.GetTempPath(), "portal-corpus-site-" + Guid.NewGuid().ToString("N"));
        CorpusGenerator.Write(new CorpusOptions(reports, seed, Root, RepositoryPaths.Themes));
    }

    public string Root { get; }

    /// <summary>The site's configuration, writing into <paramref name="output"/> (a folder under <see cref="Root"/>).</summary>
    public SiteConfig Config(string output = "public")
    {
        var diagnostics = new DiagnosticBag();
        return SiteConfigLoader.Load(Path.Combine(Root, "site.yml"), diagnostics, Path.Combine(Root, output))
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
    }

    /// <summary>Every file under <paramref name="output"/>, by site-relative path.</summary>
    public SortedDictionary<string, byte[]> Files(string output = "public")
    {
        var folder = Path.Combine(Root, output);
        return new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
