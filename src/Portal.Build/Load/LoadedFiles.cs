using System.Collections.Concurrent;

namespace Portal.Build.Load;

/// <summary>
/// What <c>portal serve</c> remembers of each content file between rebuilds: the file's text and what reading it gave.
/// A file whose text is unchanged is not parsed again, and keeps its <see cref="Portal.Core.Diagnostics.SourceMap"/>
/// (so a finding's location is not looked up by parsing it again either). Only files that read without a diagnostic
/// are kept, so every rebuild reports every problem. Thread-safe: department folders load in parallel.
/// </summary>
public sealed class LoadedFiles
{
    private readonly ConcurrentDictionary<string, Loaded> _files = new(StringComparer.Ordinal);

    /// <summary>What reading <paramref name="file"/> gave when it had exactly <paramref name="text"/>.</summary>
    public bool TryGet(string file, string text, out object? read)
    {
        if (_files.TryGetValue(file, out var known) && string.Equals(known.Text, text, StringComparison.Ordinal))
        {
            read = known.Read;
            return true;
        }

        read = null;
        return false;
    }

    public void Remember(string file, string text, object read) => _files[file] = new Loaded(text, read);

    private sealed record Loaded(string Text, object Read);
}
