namespace Portal.Build.Render;

/// <summary>
/// Maps a list on several threads and yields the results in the list's order. Work runs in batches of
/// <c>window</c> items, the next batch while the consumer takes the current one, so memory holds at most two
/// batches however long the list is, and the output order never depends on thread timing.
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<TResult> Map<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> map, int parallelism, int window)
    {
        if (parallelism <= 1)
        {
            foreach (var item in items)
            {
                yield return map(item);
            }

            yield break;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        Task<TResult[]> Batch(int from) => Task.Run(() =>
        {
            var results = new TResult[Math.Min(window, items.Count - from)];
            Parallel.For(0, results.Length, options, i => results[i] = map(items[from + i]));
            return results;
        });

        var pending = items.Count > 0 ? Batch(0) : null;
        try
        {
            for (var start = 0; pending is not null; start += window)
            {
                var results = pending.GetAwaiter().GetResult();
                pending = start + window < items.Count ? Batch(start + window) : null;
                foreach (var result in results)
                {
                    yield return result;
                }
            }
        }
        finally
        {
            // A consumer that stops early must not leave a batch running against the state it is tearing down.
            try
            {
                pending?.Wait();
            }
            catch (AggregateException)
            {
            }
        }
    }
}
