using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Portal.Benchmarks -- --filter '*'                         stages (BenchmarkDotNet)
// dotnet run -c Release --project tests/Portal.Benchmarks -- serve-edit site.yml content/x/2023.yml   serve: edit → rebuilt
// dotnet run -c Release --project tests/Portal.Benchmarks -- index-read OUTPUT                        search index: reading pages
// dotnet run -c Release --project tests/Portal.Benchmarks -- import-pdf site.yml content/putuo-shegongbu/sources/2024.pdf   portal import, 30 pages
// dotnet run -c Release --project tests/Portal.Benchmarks -- alloc-stacks TRACE.nettrace [type] [top]   where a build allocates
// dotnet run -c Release --project tests/Portal.Benchmarks -- content-size CONTENT_DIR [seconds]        what the loaded content keeps alive
// (see RESULTS.md)
if (args.Length > 0 && args[0] == "serve-edit")
{
    return Portal.Benchmarks.ServeEditTiming.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "import-pdf")
{
    return Portal.Benchmarks.ImportTiming.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "alloc-stacks")
{
    return Portal.Benchmarks.AllocationStacks.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "content-size")
{
    return Portal.Benchmarks.ContentSize.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "index-read")
{
    return Portal.Benchmarks.IndexReadTiming.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Portal.Benchmarks.StageBenchmarks).Assembly).Run(args);
return 0;
