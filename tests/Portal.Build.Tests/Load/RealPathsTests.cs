using Portal.Build.Load;

namespace Portal.Build.Tests.Load;

/// <summary>Real paths follow links as the kernel does, which <see cref="Path.GetFullPath(string)"/> does not.</summary>
public sealed class RealPathsTests : IDisposable
{
    // A folder of the test's own, as TempSite's: nothing here can reach beyond it.
    private readonly string _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Dot_dot_after_a_link_goes_up_from_the_link_target_not_from_the_link()
    {
        Directory.CreateDirectory(Path.Combine(_root, "elsewhere", "deep"));
        Directory.CreateDirectory(Path.Combine(_root, "site"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "site", "sources"), Path.Combine(_root, "elsewhere", "deep"));

        Assert.Equal(
            (Path.Combine(_root, "site", "x"), Path.Combine(_root, "elsewhere", "x")),
            (Path.GetFullPath(Path.Combine(_root, "site", "sources", "..", "x")), RealPaths.Of(Path.Combine(_root, "site", "sources", "..", "x"))));
    }

    [Fact]
    public void A_relative_link_inside_the_root_is_allowed_and_resolves_to_its_target()
    {
        Directory.CreateDirectory(Path.Combine(_root, "site", "shared"));
        File.WriteAllText(Path.Combine(_root, "site", "shared", "a.md"), "正文");
        Directory.CreateSymbolicLink(Path.Combine(_root, "site", "notes"), "shared");

        var real = RealPaths.Inside(Path.Combine(_root, "site"), "notes/a.md", "the department folder", out var problem);

        Assert.Equal((Path.Combine(_root, "site", "shared", "a.md"), string.Empty), (real, problem));
    }

    [Fact]
    public void A_loop_of_links_is_refused_in_plain_words_instead_of_looping()
    {
        Directory.CreateDirectory(Path.Combine(_root, "site"));
        File.CreateSymbolicLink(Path.Combine(_root, "site", "a"), "b");
        File.CreateSymbolicLink(Path.Combine(_root, "site", "b"), "a");

        var real = RealPaths.Inside(Path.Combine(_root, "site"), "a", "the department folder", out var problem);

        Assert.Equal((null, $"'{Path.Combine(_root, "site", "a")}' goes through more than 40 symbolic links (a link that leads to itself?)"), (real, problem));
    }
}
