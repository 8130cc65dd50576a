using System.Collections.Frozen;
using Portal.Build.Render;
using Portal.Core.Diagnostics;

namespace Portal.Cli.Serve;

/// <summary>
/// What <c>portal serve</c> serves: the files of the last good build, in memory, and the errors of the
/// last build if it failed. Readers wait on <see cref="NextChange"/> to hear of the next build.
/// </summary>
internal sealed class LiveSite
{
    private readonly Lock _gate = new();
    private FrozenDictionary<string, byte[]> _files = FrozenDictionary<string, byte[]>.Empty;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Goes up by one with every successful build; the browser reloads when it sees it change.</summary>
    public int Version { get; private set; }

    /// <summary>The last build's errors, one per line; null when the last build succeeded.</summary>
    public string? Error { get; private set; }

    /// <summary>
    /// The 数据核对 findings of the reports the last edit touched, one per line, for the panel over the page; null when
    /// there are none. Shown beside the page, never instead of it: a finding is not a build error.
    /// </summary>
    public string? Findings { get; private set; }

    public Task NextChange
    {
        get
        {
            lock (_gate)
            {
                return _changed.Task;
            }
        }
    }

    /// <summary>
    /// The page of the file saved by the last edit (<c>ceshi/2023/</c>), for the open browser to go to; null when the
    /// edit has no page of its own. Paired with <see cref="Version"/>: a page only follows a save newer than itself.
    /// </summary>
    public string? SavedPage { get; private set; }

    public byte[]? Find(string path) => _files.GetValueOrDefault(path);

    public void Publish(IReadOnlyList<OutputFile> files, string? findings = null, Func<Func<string, bool>, string?>? savedPage = null) => Change(() =>
    {
        _files = files.ToFrozenDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        Version++;
        Error = null;
        Findings = findings;
        SavedPage = savedPage?.Invoke(_files.ContainsKey);
    });

    public void Fail(IEnumerable<Diagnostic> diagnostics) => Change(() =>
        Error = string.Join('\n', diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString())));

    private void Change(Action apply)
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            apply();
            previous = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        previous.SetResult();
    }
}
