using System.Collections.Concurrent;

namespace Portal.Build.Incremental;

/// <summary>
/// What <c>portal serve</c> remembers between rebuilds of something it read: by name (a path), the content it read
/// and what reading it gave, handed out again only while the content is the same. Thread-safe: stages read on
/// several threads.
/// </summary>
public abstract class ContentCache<TContent, TValue>
    where TContent : class
{
    private readonly ConcurrentDictionary<string, (TContent Content, TValue Value)> _entries = new(StringComparer.Ordinal);

    /// <summary>What reading <paramref name="name"/> gave when it had exactly <paramref name="content"/>.</summary>
    public bool TryGet(string name, TContent content, out TValue? value)
    {
        if (_entries.TryGetValue(name, out var known) && (ReferenceEquals(known.Content, content) || Same(known.Content, content)))
        {
            value = known.Value;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Keeps what reading <paramref name="name"/> gave, replacing what its earlier content gave.</summary>
    public void Remember(string name, TContent content, TValue value) => _entries[name] = (content, value);

    /// <summary>Forgets everything: what was read depends on something that changed (a site's table template).</summary>
    public void Clear() => _entries.Clear();

    /// <summary>Whether two contents are equal, value for value.</summary>
    protected abstract bool Same(TContent known, TContent content);
}
