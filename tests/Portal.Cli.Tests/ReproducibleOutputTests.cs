using Portal.Build.Tests.Support;
using Portal.Cli.Tests.Support;

namespace Portal.Cli.Tests;

/// <summary>The same sources give the same site, byte for byte, wherever the build is started from.</summary>
public sealed class ReproducibleOutputTests
{
    [Fact]
    public void Building_from_two_working_folders_writes_identical_bytes_and_checks_json_names_files_from_the_site_folder()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables.Replace("[3, 总计, 100.50]", "[3, 总计, 100.60]", StringComparison.Ordinal));
        var fromSite = Path.Combine(site.Sandbox, "from-site");
        var fromRoot = Path.Combine(site.Sandbox, "from-root");

        var first = CliProcess.Run(site.Root, "build", "--quiet", "--output", fromSite);
        var second = CliProcess.Run("/", "build", "--quiet", "--site", Path.Combine(site.Root, "site.yml"), "--output", fromRoot);

        Assert.Equal((0, string.Empty, string.Empty), first);
        Assert.Equal((0, string.Empty, string.Empty), second);
        Assert.Contains("\"file\": \"content/ceshi/2023.yml\"", File.ReadAllText(Path.Combine(fromRoot, "checks.json")), StringComparison.Ordinal);
        Assert.Equal(Files(fromSite), Files(fromRoot));
    }

    private static SortedDictionary<string, string> Files(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToBase64String(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
