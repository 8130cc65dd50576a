using System.Diagnostics;
using System.Text;
using Portal.Build.Pipeline;
using Portal.Build.Render;

namespace Portal.Build.Search;

/// <summary>
/// Index stage: reads each rendered page into the search index as it is written, so the pipeline never holds the
/// rendered site in memory, and adds the index files to the site at the end.
/// </summary>
public sealed class SearchIndexObserver : IOutputObserver
{
    private const string PageFile = "index.html";

    private readonly SearchIndexBuilder _builder = new();
    private readonly Stopwatch _clock = new();

    /// <summary>Time spent indexing, reported as the index stage's time.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    public void Observe(OutputFile file)
    {
        if (!file.IsPage || !file.Path.EndsWith(PageFile, StringComparison.Ordinal))
        {
            return;
        }

        _clock.Start();
        _builder.Add(file.Path[..^PageFile.Length], Encoding.UTF8.GetString(file.Content));
        _clock.Stop();
    }

    public IEnumerable<OutputFile> Complete()
    {
        _clock.Start();
        var files = _builder.Finish().Select(f => new OutputFile(f.OutputPath, f.Content, IsPage: false)).ToArray();
        _clock.Stop();
        return files;
    }
}
