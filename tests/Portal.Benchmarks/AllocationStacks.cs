using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace Portal.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Portal.Benchmarks -- alloc-stacks TRACE.nettrace [type] [top]</c>: where a
/// build allocates, by the runtime's allocation ticks (one every ~100 KB allocated, with its type and stack), summed
/// by type and the first seven managed frames, largest first. The trace comes from
/// <c>dotnet-trace collect --providers Microsoft-Windows-DotNETRuntime:0x1:5 -o TRACE.nettrace -- dotnet portal.dll build …</c>
/// (<c>dotnet tool install -g dotnet-trace</c>). Per-thread byte counters miss what Razor's writer did on the thread
/// pool; this found it (issue 17, session 5).
/// </summary>
internal static class AllocationStacks
{
    private const int Frames = 7;

    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: alloc-stacks TRACE.nettrace [type name, or \"\" for every type] [top, default 25]");
            return 1;
        }

        var type = args.Length > 1 && args[1].Length > 0 ? args[1] : null;
        var top = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 25;
        var etlx = TraceLog.CreateFromEventPipeDataFile(args[0]);
        using var log = new TraceLog(etlx);
        var bySite = new Dictionary<string, long>(StringComparer.Ordinal);
        var byType = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        // TraceEvents enumerates only as IEnumerable<TraceEvent>: OfType would take the non-generic path, which throws.
        foreach (var tick in log.Events.Where(e => e is GCAllocationTickTraceData).Cast<GCAllocationTickTraceData>())
        {
            byType[tick.TypeName] = byType.GetValueOrDefault(tick.TypeName) + tick.AllocationAmount64;
            if (type is not null && tick.TypeName != type)
            {
                continue;
            }

            total += tick.AllocationAmount64;
            var frames = new List<string>(Frames);
            for (var frame = tick.CallStack(); frame is not null && frames.Count < Frames; frame = frame.Caller)
            {
                if (frame.CodeAddress.FullMethodName is { Length: > 0 } name)
                {
                    frames.Add(name.Length > 120 ? name[..120] : name);
                }
            }

            var site = $"{tick.TypeName} | {string.Join(" <- ", frames)}";
            bySite[site] = bySite.GetValueOrDefault(site) + tick.AllocationAmount64;
        }

        Console.WriteLine($"sampled {total >> 20} MB{(type is null ? string.Empty : $" of {type}")}");
        Console.WriteLine();
        Console.WriteLine("by type:");
        foreach (var (name, bytes) in byType.OrderByDescending(t => t.Value).Take(top))
        {
            Console.WriteLine($"{bytes >> 20,8} MB  {name}");
        }

        Console.WriteLine();
        Console.WriteLine("by type and stack:");
        foreach (var (site, bytes) in bySite.OrderByDescending(s => s.Value).Take(top))
        {
            Console.WriteLine($"{bytes >> 20,8} MB  {site}");
        }

        return 0;
    }
}
