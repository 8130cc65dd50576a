namespace Portal.Cli.Serve;

/// <summary>How <c>portal serve</c> runs: its port and address, and <c>--only</c> to build one department.</summary>
internal sealed record ServeOptions(int Port)
{
    public ServeHost Host { get; init; } = ServeHost.Loopback;

    /// <summary>The department slug of <c>--only</c>, or null for the whole site.</summary>
    public string? Only { get; init; }
}
