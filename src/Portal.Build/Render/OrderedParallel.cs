namespace Portal.Build.Render;

/// <summary>
/// Maps a sequence on several threads and yields the results in the sequence's order. Work runs in batches of
/// <c>window</c> items, the next batch (read from the sequence, then mapped) while the consumer takes the current
/// one, so memory holds at most two batches however long the sequence is, and the output order never depends on
/// thread timing. The sequence is read by one batch at a time, never by two threads at once: it may build its
/// items as it is read (<see cref="Modeling.PageSequence"/>).
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<TResult> Map<T, TResult>(IEnumerable<T> items, Func<T, TResult> map, int parallelism, int window)
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
        using var source = items.GetEnumerator();
        var exhausted = false;
        Task<TResult[]> Batch() => Task.Run(() =>
        {
            var batch = new List<T>(window);
            while (batch.Count < window && source.MoveNext())
            {
                batch.Add(source.Current);
            }

            exhausted = batch.Count < window;
            var results = new TResult[batch.Count];
            Parallel.For(0, results.Length, options, i => results[i] = map(batch[i]));
            return results;
        });

        Task<TResult[]>? pending = Batch();
        try
        {
            while (pending is not null)
            {
                var results = pending.GetAwaiter().GetResult();
                pending = exhausted ? null : Batch();
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
