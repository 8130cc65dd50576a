using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Portal.Benchmarks;

/// <summary>
/// One job, in this process (RazorLight compiles themes against the entry assembly's compilation context, which
/// a generated benchmark process lacks), with BenchmarkDotNet's own warm-up and iteration counts.
/// </summary>
public sealed class InProcessConfig : ManualConfig
{
    public InProcessConfig() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
}
