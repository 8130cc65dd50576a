using System.Collections.Concurrent;

namespace Portal.Build.Search;

/// <summary>
/// What <c>portal serve</c> remembers of each page's reading for the index between rebuilds, by the page's path and
/// bytes. An edit renders again every page it may affect, but most of those come out byte for byte as before (a
/// classification page whose figures did not move): comparing bytes costs microseconds, reading a page again
/// (parsing its HTML) milliseconds. Thread-safe: pages are read on several threads.
/// </summary>
public sealed class PageReadings
{
    private readonly ConcurrentDictionary<string, Reading> _readings = new(StringComparer.Ordinal);

    /// <summary>The reading of the page at <paramref name="path"/> when it had exactly these bytes.</summary>
    public bool TryGet(string path, byte[] content, out PreparedPage? page)
    {
        if (_readings.TryGetValue(path, out var known)
            && (ReferenceEquals(known.Content, content) || known.Content.AsSpan().SequenceEqual(content)))
        {
            page = known.Page;
            return true;
        }

        page = null;
        return false;
    }

    /// <summary>Keeps the page's latest reading, replacing the one of its earlier bytes.</summary>
    public void Remember(string path, byte[] content, PreparedPage? page) => _readings[path] = new Reading(content, page);

    private sealed record Reading(byte[] Content, PreparedPage? Page);
}
