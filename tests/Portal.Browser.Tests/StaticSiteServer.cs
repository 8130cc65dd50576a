using System.Net;
using System.Net.Sockets;

namespace Portal.Browser.Tests;

/// <summary>Serves a built site folder on 127.0.0.1 for the browser, as any static web server would.</summary>
public sealed class StaticSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".json"] = "application/json",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _loop;

    public StaticSiteServer(string root)
    {
        _root = Path.GetFullPath(root);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
            var file = Path.GetFullPath(Path.Combine(_root, path));
            if (Directory.Exists(file))
            {
                file = Path.Combine(file, "index.html");
            }

            if (!file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
            {
                context.Response.StatusCode = 404;
                context.Response.Close();
                continue;
            }

            context.Response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            var bytes = await File.ReadAllBytesAsync(file);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
