using System.Text.RegularExpressions;
using Portal.Build.Load;
using Portal.Build.Render;

namespace Portal.Build.Write;

/// <summary>
/// Write stage: files go one by one into a fresh folder beside the output folder, which <see cref="Commit"/> swaps
/// in. A build that fails (or is disposed before committing) leaves the previous output untouched, and readers
/// never see half a site; meanwhile memory holds one file at a time, whatever the size of the site.
/// </summary>
public sealed partial class StagedOutput : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly IReadOnlyList<OutputFolder.Source> _sources;
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    /// <param name="outputDirectory">the folder to replace whole.</param>
    /// <param name="sources">
    /// folders the output may not overlap. Config loading already refuses such an output; this is checked again
    /// here because this class is what moves folders aside and deletes them, whoever calls it.
    /// </param>
    public StagedOutput(string outputDirectory, IReadOnlyList<OutputFolder.Source> sources)
    {
        _target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _sources = sources;
        RefuseOverlap();
        var parent = Path.GetDirectoryName(_target)
            ?? throw new InvalidOperationException($"refusing to replace '{_target}': it is the root of the file system");
        RemoveLeftovers(parent, Path.GetFileName(_target));
        _staging = Path.Combine(parent, $".{Path.GetFileName(_target)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_staging);
    }

    /// <summary>Writes <paramref name="file"/>; a second file at the same path is an error, never written over the first.</summary>
    public void Add(OutputFile file)
    {
        // Unbuffered: the content is written in one call, and a buffer per file would be 64 KB of garbage each.
        using var stream = Open(file.Path, bufferSize: 0);
        stream.Write(file.Content);
    }

    /// <summary>A new file at the site-relative <paramref name="sitePath"/>, to write as a stream (a file too large to hold).</summary>
    public Stream Create(string sitePath) => Open(sitePath, bufferSize: 1 << 16);

    private FileStream Open(string sitePath, int bufferSize)
    {
        var path = StagedPath(sitePath);
        try
        {
            return new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Two parts of the site made the same file (a department named like a site folder is refused earlier,
            // with its file): the second must not silently replace the first.
            throw new InvalidOperationException($"two files of the site have the same path {sitePath}");
        }
    }

    private string StagedPath(string sitePath)
    {
        var path = Path.Combine(_staging, sitePath.Replace('/', Path.DirectorySeparatorChar));
        var folder = Path.GetDirectoryName(path)!;
        if (_folders.Add(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return path;
    }

    /// <summary>Swaps the staged folder in for the output folder; the old output is deleted afterwards.</summary>
    public void Commit()
    {
        // Again at the last moment: a link made during the build must not turn the swap against the sources.
        RefuseOverlap();
        var retired = Path.Combine(Path.GetDirectoryName(_target)!, $".{Path.GetFileName(_target)}.previous-{Guid.NewGuid():N}");
        try
        {
            if (Directory.Exists(_target))
            {
                Directory.Move(_target, retired);
            }

            Directory.Move(_staging, _target);
            _committed = true;
        }
        catch
        {
            if (Directory.Exists(retired) && !Directory.Exists(_target))
            {
                Directory.Move(retired, _target);
            }

            throw;
        }

        if (Directory.Exists(retired))
        {
            Directory.Delete(retired, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }

    private void RefuseOverlap()
    {
        if (OutputFolder.Overlap(_target, _sources) is { } overlap)
        {
            throw new InvalidOperationException($"refusing to replace the output folder '{ContentLoader.Display(_target)}': it {overlap}; {OutputFolder.Consequence}");
        }
    }

    /// <summary>
    /// Removes the staging and retired folders an interrupted build (kill -9, a power cut) left beside the output:
    /// only folders named exactly as this class names them for this output, never a link. A second build running
    /// at the same moment on the same output would lose its staging folder and fail; it never loses the output.
    /// </summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        var prefix = $".{name}.";
        foreach (var folder in new DirectoryInfo(parent).EnumerateDirectories(prefix + "*", new EnumerationOptions { AttributesToSkip = 0, MatchCasing = MatchCasing.CaseSensitive }))
        {
            if (folder.LinkTarget is null && Leftover().IsMatch(folder.Name[prefix.Length..]))
            {
                folder.Delete(recursive: true);
            }
        }
    }

    [GeneratedRegex("^(staging|previous)-[0-9a-f]{32}$")]
    private static partial Regex Leftover();
}
