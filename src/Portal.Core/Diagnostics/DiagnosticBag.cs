namespace Portal.Core.Diagnostics;

/// <summary>Collects every problem of a build so that all of them are reported together.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<Diagnostic> Items
    {
        get
        {
            lock (_gate)
            {
                return _items.ToArray();
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void Error(BuildStage stage, SourceLocation? location, string? path, string message) =>
        Add(new Diagnostic(stage, Severity.Error, location, path, message));

    public void Warning(BuildStage stage, SourceLocation? location, string? path, string message) =>
        Add(new Diagnostic(stage, Severity.Warning, location, path, message));
}
