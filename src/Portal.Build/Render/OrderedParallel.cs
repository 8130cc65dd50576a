using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Portal.Build.Render;

/// <summary>
/// Maps a sequence on several threads and yields the results in the sequence's order, so the output never depends on
/// thread timing. At most <c>window</c> items are taken ahead of the consumer and, when a <c>weigh</c> is given, the
/// results finished but not yet taken weigh at most about <c>budget</c>: a site's pages are 100 KB at one department
/// and 15 MB at a 10,000-report site's compare page, so a count alone lets the big ones pile up (128 of them, 2 GB,
/// were held when items were mapped in two batches of 64). The sequence is read by one thread at a time: it may build
/// its items as it is read (<see cref="Modeling.PageSequence"/>).
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<TResult> Map<T, TResult>(IEnumerable<T> items, Func<T, TResult> map, int parallelism, int window, Func<TResult, long>? weigh = null, long budget = long.MaxValue)
    {
        if (parallelism <= 1)
        {
            foreach (var item in items)
            {
                yield return map(item);
            }

            yield break;
        }

        using var run = new Run<T, TResult>(items.GetEnumerator(), map, Math.Max(1, window), weigh ?? (_ => 0), budget);
        var workers = Enumerable.Range(0, parallelism)
            .Select(_ => Task.Factory.StartNew(run.Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try
        {
            while (run.Next(out var result))
            {
                yield return result;
            }
        }
        finally
        {
            // A consumer that stops early (or a failure) must not leave workers mapping against the state it tears down.
            run.Stop();
            Task.WaitAll(workers);
        }
    }

    /// <summary>The state one <see cref="Map"/> shares between its workers and its consumer, all under one lock.</summary>
    private sealed class Run<T, TResult>(IEnumerator<T> source, Func<T, TResult> map, int window, Func<TResult, long> weigh, long budget) : IDisposable
    {
        // A plain object, not a Lock: the workers and the consumer wait on it with Monitor.
        private readonly object _gate = new();
        private readonly Dictionary<int, (TResult? Result, ExceptionDispatchInfo? Error)> _done = [];
        private int _read;
        private int _consumed;
        private long _held;
        private bool _reading;
        private bool _exhausted;
        private bool _stopped;

        /// <summary>A worker: takes the next item (reading the sequence alone), maps it, leaves the result for the consumer.</summary>
        public void Work()
        {
            while (TakeAndMapOne())
            {
            }
        }

        /// <summary>
        /// One item, in a frame of its own: a worker left waiting while others take the items (more cores than the
        /// window) would otherwise keep its last item and result alive in its locals, a page model and its bytes each.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool TakeAndMapOne()
        {
            lock (_gate)
            {
                // Nothing outstanding means the next item is the consumer's: it is always taken, whatever it weighs.
                while (!_stopped && !_exhausted && (_reading || _read - _consumed >= window || (_held >= budget && _read > _consumed)))
                {
                    Monitor.Wait(_gate);
                }

                if (_stopped || _exhausted)
                {
                    return false;
                }

                _reading = true;
            }

            T item = default!;
            ExceptionDispatchInfo? error = null;
            var has = false;
            try
            {
                has = source.MoveNext();
                item = has ? source.Current : default!;
            }
            catch (Exception ex)
            {
                error = ExceptionDispatchInfo.Capture(ex);
            }

            int index;
            lock (_gate)
            {
                _reading = false;
                Monitor.PulseAll(_gate);
                if (error is not null)
                {
                    _done[_read++] = (default, error);
                }

                if (!has)
                {
                    _exhausted = true;
                    return false;
                }

                index = _read++;
            }

            (TResult? Result, ExceptionDispatchInfo? Error) done;
            try
            {
                done = (map(item), null);
            }
            catch (Exception ex)
            {
                done = (default, ExceptionDispatchInfo.Capture(ex));
            }

            lock (_gate)
            {
                _done[index] = done;
                _held += done.Error is null ? weigh(done.Result!) : 0;
                Monitor.PulseAll(_gate);
            }

            return true;
        }

        /// <summary>The consumer: the next result in the sequence's order; false when the sequence is done.</summary>
        public bool Next(out TResult result)
        {
            (TResult? Result, ExceptionDispatchInfo? Error) done;
            lock (_gate)
            {
                while (!_done.TryGetValue(_consumed, out done))
                {
                    if (_exhausted && !_reading && _consumed >= _read)
                    {
                        result = default!;
                        return false;
                    }

                    Monitor.Wait(_gate);
                }

                _done.Remove(_consumed++);
                _held -= done.Error is null ? weigh(done.Result!) : 0;
                Monitor.PulseAll(_gate);
            }

            done.Error?.Throw();
            result = done.Result!;
            return true;
        }

        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }

        public void Dispose() => source.Dispose();
    }
}
