namespace Portal.Build.Tests.Support;

/// <summary>
/// Runs a test from a site's folder, as a webmaster runs portal, so messages name files relative to it
/// (<c>content/ceshi/2023.yml</c>); the previous working folder comes back on dispose.
/// </summary>
public sealed class WorkingFolder : IDisposable
{
    private readonly string _previous = Environment.CurrentDirectory;

    public WorkingFolder(string folder) => Environment.CurrentDirectory = folder;

    public void Dispose() => Environment.CurrentDirectory = _previous;
}
