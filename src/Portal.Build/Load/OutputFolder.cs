using Portal.Core.Configuration;

namespace Portal.Build.Load;

/// <summary>
/// Where a build may write. A build replaces its output folder whole (moves it aside, then deletes it), so an output
/// folder that is, contains or lies inside the site's sources would delete them: site.yml's folder, the content and
/// themes folders and <c>.git</c>. Compared on real paths, so a link named <c>public</c> that leads to
/// <c>content</c> is caught too.
/// </summary>
public static class OutputFolder
{
    /// <summary>What every refusal ends with: why it is refused and what to do instead.</summary>
    public const string Consequence = "a build replaces its output folder whole and would delete the site's sources: expected a folder of its own, such as public";

    /// <summary>
    /// How <paramref name="output"/> overlaps the sources of the site <paramref name="config"/> describes
    /// ("is the content folder", "lies inside the themes folder" …), or null when it is a folder of its own.
    /// </summary>
    public static string? Overlap(SiteConfig config, string output) => Overlap(output, Sources(config));

    /// <summary>
    /// The folders a build may never replace, by name: site.yml's folder (which the output may lie inside: public/
    /// is the usual place), content, themes and .git (which it may not).
    /// </summary>
    public static IReadOnlyList<Source> Sources(SiteConfig config) =>
    [
        new("the site's folder (where site.yml is)", config.RootDirectory, MayHoldOutput: true),
        new("the content folder", config.ContentDirectory, MayHoldOutput: false),
        new("the themes folder", config.ThemesDirectory, MayHoldOutput: false),
        new("the .git folder", GitFolder(config.RootDirectory), MayHoldOutput: false),
    ];

    /// <summary>
    /// The .git of the repository the site is in: beside site.yml, or in the nearest folder above it that has one
    /// (site.yml may stand in a sub-folder of the repository). A .git that is a file (a worktree's) counts too.
    /// </summary>
    private static string GitFolder(string root)
    {
        for (var folder = root; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var git = Path.Combine(folder, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return git;
            }
        }

        return Path.Combine(root, ".git");
    }

    /// <summary>How <paramref name="output"/> overlaps one of <paramref name="sources"/>, or null.</summary>
    /// <exception cref="IOException">a path goes through a loop of symbolic links.</exception>
    public static string? Overlap(string output, IReadOnlyList<Source> sources)
    {
        var real = RealPaths.Of(output);
        foreach (var (name, folder, mayHoldOutput) in sources)
        {
            var source = RealPaths.Of(folder);
            if (real == source)
            {
                return $"is {name}";
            }

            if (RealPaths.IsSameOrInside(source, real))
            {
                return $"contains {name}";
            }

            if (!mayHoldOutput && RealPaths.IsSameOrInside(real, source))
            {
                return $"lies inside {name}";
            }
        }

        return null;
    }

    /// <summary>A folder of the site's sources; <paramref name="MayHoldOutput"/>: whether an output folder may lie inside it.</summary>
    public sealed record Source(string Name, string Folder, bool MayHoldOutput);
}
