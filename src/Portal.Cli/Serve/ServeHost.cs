using System.Net;

namespace Portal.Cli.Serve;

/// <summary>
/// Where <c>portal serve</c> listens: 127.0.0.1 unless <c>--host</c> names another address (to show a colleague the
/// preview on the office network). Also the one place that says which host names a request may carry: the loopback
/// names always, and the name given to <c>--host</c>, so a Host-header check accepts what the webmaster typed.
/// </summary>
internal sealed record ServeHost(string Name)
{
    public static readonly ServeHost Loopback = new("127.0.0.1");

    /// <summary>Whether only this computer can reach the server (no warning needed).</summary>
    public bool IsLoopback => Name is "localhost" || (IPAddress.TryParse(Name, out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>The host names a request to this server may carry in its Host header (without the port).</summary>
    public IReadOnlySet<string> AllowedHostNames => new HashSet<string>(["127.0.0.1", "localhost", "[::1]", Name], StringComparer.OrdinalIgnoreCase);

    /// <summary>The addresses to listen on: the IP given, or what a host name resolves to.</summary>
    public IPAddress[] Addresses() =>
        Name is "localhost" ? [IPAddress.Loopback]
        : IPAddress.TryParse(Name.Trim('[', ']'), out var ip) ? [ip]
        : Dns.GetHostAddresses(Name);
}
