using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Portal.Build.Pipeline;
using Portal.Build.Render;

namespace Portal.Build.Search;

/// <summary>
/// Index stage: reads each rendered page into the search index as it is written, so the pipeline never holds the
/// rendered site in memory, and adds the index files to the site at the end. Reading a page (parsing its HTML) runs
/// on the thread pool, alongside rendering, a few pages ahead; pages join the index strictly in the order they were
/// observed, so the index is the same byte for byte however the threads ran.
/// </summary>
public sealed class SearchIndexObserver : IOutputObserver
{
    private const string PageFile = "index.html";

    /// <summary>Bytes of pages being read ahead, at most (one page more when a single page is larger): see the constructor's <c>ahead</c>.</summary>
    private const long AheadBytes = 32 << 20;

    private readonly SearchIndexBuilder _builder;
    private readonly Queue<(Task<PreparedPage?> Reading, long Bytes)> _reading = new();

    /// <summary>Key pools not lent to a page being read (<see cref="KeyPool"/>): as many as pages were ever read at once.</summary>
    private readonly ConcurrentBag<KeyPool> _keyPools = [];
    private long _readingBytes;

    // With readings kept (portal serve), pages join the index only at the end, and not at all when they are the last
    // index's pages: holding every page's reading costs nothing there (the readings hold them anyway).
    private readonly List<PreparedPage>? _held;
    private readonly Stopwatch _clock = new();
    private readonly int _ahead;

    /// <param name="ahead">
    /// Pages read ahead of the one being added: bounds memory (each holds a page's text), as does <see cref="AheadBytes"/>,
    /// for the pages that grow with the site (a compare page of 10,000 reports is 15 MB).
    /// </param>
    /// <param name="readings">Readings kept from earlier builds (<see cref="Readings"/>); null for a one-off build.</param>
    public SearchIndexObserver(int ahead = 16, PageReadings? readings = null)
    {
        _ahead = Math.Max(1, ahead);
        Readings = readings;
        _builder = new SearchIndexBuilder { Compressed = readings?.Compressed };
        _held = readings is null ? null : [];
    }

    /// <summary>Time the build thread spent on the index (adding pages, waiting for them, writing the shards), reported as the index stage's time.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>
    /// Readings kept from earlier builds, for <c>portal serve</c>: only pages whose bytes changed are read again. Null
    /// for one-off builds, where no page comes twice and the table would only cost memory.
    /// </summary>
    public PageReadings? Readings { get; }

    public IReadOnlyList<OutputFile> Observe(OutputFile file)
    {
        if (!file.IsPage || !file.Path.EndsWith(PageFile, StringComparison.Ordinal))
        {
            return [];
        }

        _clock.Start();
        try
        {
            var path = file.Path[..^PageFile.Length];
            var content = file.Content;
            if (Readings is not null && Readings.TryGet(path, content, out var known))
            {
                _reading.Enqueue((Task.FromResult(known), 0));
            }
            else
            {
                _reading.Enqueue((Task.Run(() =>
                {
                    // Each page being read has a key pool of its own, lent back once it is read: pages read at the same
                    // time never share one, and the pools (and the key strings they keep) outlast a page.
                    var keys = _keyPools.TryTake(out var lent) ? lent : new KeyPool();
                    try
                    {
                        var page = SearchIndexBuilder.Prepare(path, Encoding.UTF8.GetString(content), keys);
                        Readings?.Remember(path, content, page);
                        return page;
                    }
                    finally
                    {
                        _keyPools.Add(keys);
                    }
                }), content.Length));
                _readingBytes += content.Length;
            }

            var added = new List<OutputFile>();
            while (_reading.Count > _ahead || (_reading.Count > 1 && _readingBytes > AheadBytes) || (_reading.Count > 0 && _reading.Peek().Reading.IsCompleted))
            {
                added.AddRange(AddNext());
            }

            return added;
        }
        finally
        {
            _clock.Stop();
        }
    }

    /// <summary>
    /// The pages still being read, then the page table and the shards, each made as it is asked for (the build writes
    /// it before asking for the next): the time spent making them counts in <see cref="Elapsed"/>.
    /// </summary>
    public IEnumerable<OutputFile> Complete()
    {
        using var remaining = Remaining().GetEnumerator();
        while (true)
        {
            _clock.Start();
            var more = remaining.MoveNext();
            _clock.Stop();
            if (!more)
            {
                yield break;
            }

            yield return remaining.Current;
        }
    }

    private IEnumerable<OutputFile> Remaining()
    {
        while (_reading.Count > 0)
        {
            foreach (var file in AddNext())
            {
                yield return file;
            }
        }

        foreach (var file in Finish())
        {
            yield return new OutputFile(file.OutputPath, file.Content, IsPage: false);
        }
    }

    private IEnumerable<OutputFile> AddNext()
    {
        var (reading, bytes) = _reading.Dequeue();
        _readingBytes -= bytes;
        var prepared = reading.GetAwaiter().GetResult();
        if (prepared is null)
        {
            return [];
        }

        IReadOnlyList<Modeling.GeneratedFile> chunks;
        if (_held is null)
        {
            chunks = _builder.Add(prepared);
        }
        else
        {
            chunks = SearchIndexBuilder.ChunksOf(_held.Count, prepared);
            _held.Add(prepared);
        }

        return chunks.Select(f => new OutputFile(f.OutputPath, f.Content, IsPage: false));
    }

    /// <summary>The page table and shards: the last index's when its pages are the same readings in the same order.</summary>
    private IEnumerable<Modeling.GeneratedFile> Finish()
    {
        if (_held is null)
        {
            return _builder.Finish();
        }

        if (Readings!.LastIndex is { } last && last.Pages.AsSpan().SequenceEqual(_held.ToArray(), ReferenceEqualityComparer.Instance))
        {
            return last.Files;
        }

        foreach (var prepared in _held)
        {
            // Its chunks were written as it came.
            _builder.Add(prepared);
        }

        IReadOnlyList<Modeling.GeneratedFile> files = [.. _builder.Finish()];
        Readings.LastIndex = ([.. _held], files);
        return files;
    }
}
