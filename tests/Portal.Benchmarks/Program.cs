using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Portal.Benchmarks -- --filter '*'                         stages (BenchmarkDotNet)
// dotnet run -c Release --project tests/Portal.Benchmarks -- serve-edit site.yml content/x/2023.yml   serve: edit → rebuilt
// dotnet run -c Release --project tests/Portal.Benchmarks -- index-read OUTPUT                        search index: reading pages
// (see RESULTS.md)
if (args.Length > 0 && args[0] == "serve-edit")
{
    return Portal.Benchmarks.ServeEditTiming.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "index-read")
{
    return Portal.Benchmarks.IndexReadTiming.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Portal.Benchmarks.StageBenchmarks).Assembly).Run(args);
return 0;
