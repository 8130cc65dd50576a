namespace Portal.Build.Scaffold;

/// <summary>What <see cref="Scaffolder"/> did: the files it created, or why it created nothing.</summary>
public sealed record ScaffoldResult(IReadOnlyList<string> Created, string? Error)
{
    public bool Succeeded => Error is null;
}
