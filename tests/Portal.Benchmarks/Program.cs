using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Portal.Benchmarks -- --filter '*'   (see RESULTS.md)
BenchmarkSwitcher.FromAssembly(typeof(Portal.Benchmarks.StageBenchmarks).Assembly).Run(args);
