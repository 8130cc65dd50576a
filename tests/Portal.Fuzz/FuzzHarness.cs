using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Portal.Fuzz;

/// <summary>
/// The large run: cases go one at a time to a worker process (this program, <c>worker</c> mode), which keeps the
/// compiled theme warm between cases. A worker that dies (a stack overflow), runs past the time limit or grows past
/// the memory limit is counted against its case and replaced, and the run goes on with the next case.
/// </summary>
public sealed class FuzzHarness(string repositoryRoot, int seed, TimeSpan timeout, long memoryLimitBytes)
{
    public IReadOnlyList<FuzzResult> Run(int from, int count, TextWriter log)
    {
        var mutator = new ContentMutator(ContentMutator.ReadContent(repositoryRoot), seed);
        var results = new List<FuzzResult>(count);
        Worker? worker = null;
        try
        {
            for (var index = from; index < from + count; index++)
            {
                worker ??= new Worker(repositoryRoot, seed);
                var description = mutator.Case(index).Description;
                var result = worker.Run(index, description, timeout, memoryLimitBytes);
                if (result.Outcome is FuzzOutcome.Crashed or FuzzOutcome.Hung or FuzzOutcome.OverMemory && !worker.Alive)
                {
                    worker.Dispose();
                    worker = null;
                }

                results.Add(result);
                log.WriteLine(string.Join('\t', result.Index, result.Outcome, result.Milliseconds, Flat(result.Description), Flat(result.Detail)));
                log.Flush();
            }
        }
        finally
        {
            worker?.Dispose();
        }

        return results;
    }

    private static string Flat(string text)
    {
        var flat = text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
        return flat.Length <= 300 ? flat : flat[..300] + "…";
    }

    private sealed class Worker : IDisposable
    {
        private readonly Process _process;
        private readonly BlockingCollection<string> _lines = new();
        private readonly ConcurrentQueue<string> _stderr = new();

        public Worker(string repositoryRoot, int seed)
        {
            var start = new ProcessStartInfo
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            var self = Environment.ProcessPath!;
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                start.FileName = self;
                start.ArgumentList.Add(typeof(FuzzHarness).Assembly.Location);
            }
            else
            {
                start.FileName = self;
            }

            foreach (var arg in new[] { "worker", "--seed", seed.ToString(CultureInfo.InvariantCulture), "--repo", repositoryRoot })
            {
                start.ArgumentList.Add(arg);
            }

            _process = Process.Start(start)!;
            _process.OutputDataReceived += (sender, e) =>
            {
                if (e.Data is null)
                {
                    _lines.CompleteAdding();
                }
                else if (!_lines.IsAddingCompleted)
                {
                    _lines.Add(e.Data);
                }
            };
            _process.ErrorDataReceived += (sender, e) =>
            {
                if (e.Data is not null)
                {
                    _stderr.Enqueue(e.Data);
                    while (_stderr.Count > 20 && _stderr.TryDequeue(out var _dropped))
                    {
                    }
                }
            };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public bool Alive => !_process.HasExited;

        public FuzzResult Run(int index, string description, TimeSpan timeout, long memoryLimitBytes)
        {
            var clock = Stopwatch.StartNew();
            _process.StandardInput.WriteLine(index.ToString(CultureInfo.InvariantCulture));
            _process.StandardInput.Flush();
            while (true)
            {
                if (_lines.TryTake(out var line, TimeSpan.FromMilliseconds(50)))
                {
                    var fields = line.Split('\t');
                    if (fields.Length >= 4 && fields[0] == "RESULT" && fields[1] == index.ToString(CultureInfo.InvariantCulture))
                    {
                        return new FuzzResult(index, Enum.Parse<FuzzOutcome>(fields[2]), long.Parse(fields[3], CultureInfo.InvariantCulture), description, fields.Length > 4 ? fields[4] : string.Empty);
                    }

                    continue;
                }

                if (_lines.IsCompleted || _process.HasExited)
                {
                    _process.WaitForExit();
                    var last = string.Join(" | ", _stderr.Take(3));
                    return new FuzzResult(index, FuzzOutcome.Crashed, clock.ElapsedMilliseconds, description, $"worker died, exit code {_process.ExitCode}: {last}");
                }

                if (clock.Elapsed > timeout)
                {
                    Kill();
                    return new FuzzResult(index, FuzzOutcome.Hung, clock.ElapsedMilliseconds, description, $"no result after {timeout.TotalSeconds:0} s");
                }

                _process.Refresh();
                if (_process.WorkingSet64 > memoryLimitBytes)
                {
                    var size = _process.WorkingSet64;
                    Kill();
                    return new FuzzResult(index, FuzzOutcome.OverMemory, clock.ElapsedMilliseconds, description, $"working set {size / (1024 * 1024)} MB");
                }
            }
        }

        public void Dispose()
        {
            Kill();
            _process.Dispose();
        }

        private void Kill()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
    }
}
