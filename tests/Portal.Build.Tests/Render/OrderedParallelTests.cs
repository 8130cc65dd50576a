using System.Runtime.CompilerServices;
using Portal.Build.Render;

namespace Portal.Build.Tests.Render;

public sealed class OrderedParallelTests
{
    [Fact]
    public void Results_come_in_the_sequences_order_however_long_each_item_takes()
    {
        var items = Enumerable.Range(0, 500).ToArray();

        var results = OrderedParallel.Map(items, i =>
        {
            // Early items take longest, so later ones finish first.
            Thread.SpinWait((500 - i) * 50);
            return i * 2;
        }, parallelism: 4, window: 16).ToArray();

        Assert.Equal(items.Select(i => i * 2), results);
    }

    [Fact]
    public void Results_waiting_for_the_consumer_weigh_no_more_than_the_budget_and_one_item()
    {
        var mapped = 0;
        var maxAhead = 0;
        var consumed = 0;
        // Items of 10 units against a budget of 25: at most 3 finished ahead (the third takes it over), plus 4 in hand.
        foreach (var _ in OrderedParallel.Map(Enumerable.Range(0, 200), i =>
        {
            var ahead = Interlocked.Increment(ref mapped) - Volatile.Read(ref consumed);
            InterlockedMax(ref maxAhead, ahead);
            return i;
        }, parallelism: 4, window: 64, weigh: _ => 10, budget: 25))
        {
            Thread.Sleep(1);
            Interlocked.Increment(ref consumed);
        }

        Assert.Equal(200, mapped);
        Assert.InRange(maxAhead, 1, 3 + 4);
    }

    [Fact]
    public void An_item_heavier_than_the_whole_budget_is_still_mapped()
    {
        var results = OrderedParallel.Map(Enumerable.Range(0, 20), i => i, parallelism: 2, window: 8, weigh: _ => 1_000, budget: 10).ToArray();

        Assert.Equal(Enumerable.Range(0, 20), results);
    }

    [Fact]
    public void The_sequence_is_never_read_by_two_threads_at_once()
    {
        var readers = 0;
        var overlapped = false;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 300; i++)
            {
                if (Interlocked.Increment(ref readers) > 1)
                {
                    overlapped = true;
                }

                Thread.SpinWait(200);
                Interlocked.Decrement(ref readers);
                yield return i;
            }
        }

        var results = OrderedParallel.Map(Source(), i => i, parallelism: 4, window: 32).ToArray();

        Assert.Equal(Enumerable.Range(0, 300), results);
        Assert.False(overlapped);
    }

    [Fact]
    public void A_failing_item_throws_its_own_exception_at_its_place_and_the_items_before_it_come_out()
    {
        var seen = new List<int>();

        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var result in OrderedParallel.Map(Enumerable.Range(0, 100), i => i == 40 ? throw new InvalidOperationException("item 40") : i, parallelism: 3, window: 8))
            {
                seen.Add(result);
            }
        });

        Assert.Equal("item 40", error.Message);
        Assert.Equal(Enumerable.Range(0, 40), seen);
    }

    [Fact]
    public void A_consumer_that_stops_early_leaves_no_item_being_mapped_after_it_returns()
    {
        var running = 0;

        foreach (var result in OrderedParallel.Map(Enumerable.Range(0, 1_000), i =>
        {
            Interlocked.Increment(ref running);
            Thread.SpinWait(1_000);
            Interlocked.Decrement(ref running);
            return i;
        }, parallelism: 4, window: 16))
        {
            if (result == 10)
            {
                break;
            }
        }

        Assert.Equal(0, Volatile.Read(ref running));
    }

    [Fact]
    public void Workers_left_waiting_behind_a_small_window_keep_no_result_the_consumer_has_taken()
    {
        // Sixteen workers and a window of two: most wait at any time, some for a long run of items.
        var made = new WeakReference<object>[40];
        using var reader = OrderedParallel.Map(Enumerable.Range(0, 200), i =>
        {
            var result = new object();
            if (i < made.Length)
            {
                made[i] = new WeakReference<object>(result);
            }

            return result;
        }, parallelism: 16, window: 2).GetEnumerator();

        var taken = Take(reader, 100);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Equal(100, taken);
        Assert.All(made, reference => Assert.False(reference.TryGetTarget(out _), "a result taken long ago is still alive"));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Take(IEnumerator<object> reader, int count)
    {
        var taken = 0;
        while (taken < count && reader.MoveNext())
        {
            taken++;
        }

        return taken;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
