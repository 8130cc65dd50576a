namespace Portal.Build.Modeling;

/// <summary>
/// A file the model stage produces as bytes rather than through a template: data downloads (CSV, JSON),
/// feeds, indexes. Written as it is, after the pages and before the copied files. A file made with a producer
/// is made when it is written (on any render thread) and each time <see cref="Content"/> is read, never held:
/// a large site's open data is gigabytes.
/// </summary>
public sealed class GeneratedFile
{
    private readonly byte[]? _content;
    private readonly Func<byte[]>? _produce;

    public GeneratedFile(string outputPath, byte[] content)
    {
        OutputPath = outputPath;
        _content = content;
    }

    public GeneratedFile(string outputPath, Func<byte[]> produce)
    {
        OutputPath = outputPath;
        _produce = produce;
    }

    public string OutputPath { get; }

    public byte[] Content => _content ?? _produce!();
}
