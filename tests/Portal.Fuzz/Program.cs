using System.CommandLine;
using System.Globalization;
using Portal.Fuzz;

var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same cases", DefaultValueFactory = _ => 14 };
var repo = new Option<DirectoryInfo>("--repo") { Description = "The repository whose content/ and themes/ are fuzzed", Required = true };
var cases = new Option<int>("--cases") { Description = "How many cases to run", DefaultValueFactory = _ => 1000 };
var from = new Option<int>("--from") { Description = "The first case number", DefaultValueFactory = _ => 0 };
var timeout = new Option<int>("--timeout") { Description = "Seconds a case may take before it counts as a hang", DefaultValueFactory = _ => 30 };
var memory = new Option<int>("--memory-mb") { Description = "Working set (MB) past which a case counts as over memory", DefaultValueFactory = _ => 2048 };
var log = new Option<FileInfo?>("--log") { Description = "Write one tab-separated line per case here" };

var run = new Command("run", "Run cases, each worker in its own process, and print the counts per outcome") { seed, repo, cases, from, timeout, memory, log };
run.SetAction(parse =>
{
    var root = parse.GetValue(repo)!.FullName;
    using var logWriter = parse.GetValue(log) is { } file ? new StreamWriter(file.FullName) : TextWriter.Null;
    var harness = new FuzzHarness(root, parse.GetValue(seed), TimeSpan.FromSeconds(parse.GetValue(timeout)), parse.GetValue(memory) * 1024L * 1024L);
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var results = harness.Run(parse.GetValue(from), parse.GetValue(cases), logWriter);
    Console.WriteLine($"seed {parse.GetValue(seed)}, cases {parse.GetValue(from)}..{parse.GetValue(from) + results.Count - 1}, {clock.Elapsed.TotalSeconds:0} s");
    foreach (var outcome in Enum.GetValues<FuzzOutcome>())
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{outcome,-20} {results.Count(r => r.Outcome == outcome),6}"));
    }

    foreach (var bad in results.Where(r => !r.Acceptable))
    {
        Console.WriteLine(bad);
    }

    return results.All(r => r.Acceptable) ? 0 : 1;
});

var worker = new Command("worker", "Read case numbers from stdin, run each in this process, print one RESULT line per case") { seed, repo };
worker.SetAction(parse =>
{
    var root = parse.GetValue(repo)!.FullName;
    var mutator = new ContentMutator(ContentMutator.ReadContent(root), parse.GetValue(seed));
    var runner = new FuzzCaseRunner(root);
    while (Console.ReadLine() is { } line)
    {
        var index = int.Parse(line, CultureInfo.InvariantCulture);
        var result = runner.Run(index, mutator.Case(index));
        var detail = result.Detail.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
        Console.WriteLine($"RESULT\t{index}\t{result.Outcome}\t{result.Milliseconds}\t{detail}");
    }

    return 0;
});

var index = new Option<int>("--index") { Description = "The case number", Required = true };
var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write the case's site into", Required = true };
var write = new Command("case", "Write one case's site into a folder, to run portal on it by hand") { seed, repo, index, output };
write.SetAction(parse =>
{
    var root = parse.GetValue(repo)!.FullName;
    var mutation = new ContentMutator(ContentMutator.ReadContent(root), parse.GetValue(seed)).Case(parse.GetValue(index));
    new FuzzCaseRunner(root).WriteSite(parse.GetValue(output)!.FullName, mutation);
    Console.WriteLine(mutation.Description);
    return 0;
});

return new RootCommand("portal-fuzz: mutates the sample content and counts how portal validate and build end.") { run, worker, write }.Parse(args).Invoke();
