using Portal.Build.Load;
using Portal.Build.Pipeline;
using Portal.Core.Configuration;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Support;

/// <summary>
/// A small site written inline into a temporary folder, built with the repository's themes. The site lies two
/// folders deep in a folder of its own (<c>/tmp/portal-tests/&lt;guid&gt;/sandbox/site</c>), so that an output
/// folder of <c>..</c> or <c>../..</c> — or a containment bug — can only ever reach this test's own folders, never
/// the machine's shared /tmp (a site directly in /tmp once let a test delete it).
/// </summary>
public sealed class TempSite : IDisposable
{
    public const string MinimalDepartment = "name: 测试市机关事务局\nprovince: 湖南省\ncity: 测试市\nlevel: city\n";

    private readonly string _own = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));

    public TempSite()
    {
        Sandbox = Path.Combine(_own, "sandbox");
        Root = Path.Combine(Sandbox, "site");
        Directory.CreateDirectory(Root);
        Write("site.yml", "title: 测试平台\nlanguage: zh-CN\nbase_url: /\ntheme: default\ncontent_dir: content\noutput_dir: public\nthemes_dir: themes\n");
        CopyDirectory(RepositoryPaths.Themes, Path.Combine(Root, "themes"));
    }

    /// <summary>The site folder: site.yml, content/, themes/.</summary>
    public string Root { get; }

    /// <summary>The site folder's parent, the test's own: what "--output .." reaches.</summary>
    public string Sandbox { get; }

    public string Content => Path.Combine(Root, "content");

    public string Output => Path.Combine(Root, "public");

    public TempSite Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>A department with one report whose YAML body is given; the source file is created.</summary>
    public TempSite WithReport(string slug, int year, string reportYaml, string department = MinimalDepartment)
    {
        Write($"content/{slug}/department.yml", department);
        Write($"content/{slug}/sources/{year}.txt", "第一行\n第二行 原文\n");
        return Write($"content/{slug}/{year}.yml", reportYaml);
    }

    public SiteConfig Config()
    {
        var diagnostics = new DiagnosticBag();
        return SiteConfigLoader.Load(Path.Combine(Root, "site.yml"), diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
    }

    public BuildResult Build() => new BuildPipeline(Config()).Build();

    /// <summary>A build whose listings (compare pages) go on to a further page after <paramref name="listingPageSize"/> items.</summary>
    public BuildResult Build(int listingPageSize) => new BuildPipeline(Config()) { ListingPageSize = listingPageSize }.Build();

    public BuildResult Validate() => new BuildPipeline(Config()).Validate();

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public void Dispose()
    {
        if (Directory.Exists(_own))
        {
            Directory.Delete(_own, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
