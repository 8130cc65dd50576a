using System.Threading.Channels;

namespace Portal.Cli.Serve;

/// <summary>
/// Watches the content folder, the themes folder and site.yml, and hands out changed paths in batches:
/// an editor's save (write, rename, delete of a backup) arrives as one batch, not three rebuilds.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);

    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly List<FileSystemWatcher> _watchers = [];

    public SiteWatcher(string contentDirectory, string themesDirectory, string siteFile)
    {
        Watch(contentDirectory, "*", recursive: true);
        Watch(themesDirectory, "*", recursive: true);
        Watch(Path.GetDirectoryName(siteFile)!, Path.GetFileName(siteFile), recursive: false);
        Watch(Path.GetDirectoryName(siteFile)!, Portal.Build.Modeling.SiteModelBuilder.CustomCssFile, recursive: false);
    }

    public async Task<IReadOnlyList<string>> NextBatchAsync(CancellationToken stop)
    {
        var batch = new HashSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(stop) };
        await Task.Delay(Quiet, stop);
        while (_changes.Reader.TryRead(out var path))
        {
            batch.Add(path);
        }

        return [.. batch];
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }

    private void Watch(string folder, string filter, bool recursive)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => _changes.Writer.TryWrite(e.FullPath);
        watcher.Created += (_, e) => _changes.Writer.TryWrite(e.FullPath);
        watcher.Deleted += (_, e) => _changes.Writer.TryWrite(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            _changes.Writer.TryWrite(e.OldFullPath);
            _changes.Writer.TryWrite(e.FullPath);
        };
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }
}
