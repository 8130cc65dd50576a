using Portal.Build.Render;

namespace Portal.Build.Write;

/// <summary>
/// Write stage: files go one by one into a fresh folder beside the output folder, which <see cref="Commit"/> swaps
/// in. A build that fails (or is disposed before committing) leaves the previous output untouched, and readers
/// never see half a site; meanwhile memory holds one file at a time, whatever the size of the site.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    public StagedOutput(string outputDirectory)
    {
        _target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_target)!;
        _staging = Path.Combine(parent, $".{Path.GetFileName(_target)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_staging);
    }

    public void Add(OutputFile file)
    {
        var path = Path.Combine(_staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
        var folder = Path.GetDirectoryName(path)!;
        if (_folders.Add(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllBytes(path, file.Content);
    }

    /// <summary>Swaps the staged folder in for the output folder; the old output is deleted afterwards.</summary>
    public void Commit()
    {
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
}
