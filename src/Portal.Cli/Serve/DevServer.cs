using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Cli.Serve;

/// <summary>
/// Kestrel on 127.0.0.1 serving a <see cref="LiveSite"/> from memory: folders map to their index.html,
/// every HTML page gets the live-reload script, and <c>/__portal/events</c> streams Server-Sent Events.
/// </summary>
internal sealed class DevServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // The error text is set as textContent in the page, never as HTML, so it can keep its characters as they are.
    private static readonly JsonSerializerOptions EventJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly WebApplication _app;

    private DevServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <param name="script">The live-reload script, with the overlay's words in the site's language (<see cref="LiveReload.Script"/>).</param>
    public static async Task<DevServer> StartAsync(LiveSite site, int port, string script, ServeHost? host = null)
    {
        host ??= ServeHost.Loopback;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "portal-serve", ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var address in host.Addresses())
            {
                kestrel.Listen(address, port);
            }
        });
        var app = builder.Build();

        // One terminal handler and no routing: the server has three kinds of answer and nothing else.
        app.Run(context => !IsAllowedHost(context.Request.Host, host) ? Misdirected(context) : context.Request.Path.Value switch
        {
            LiveReload.ScriptPath => Text(context, script, "text/javascript; charset=utf-8"),
            LiveReload.EventsPath => Events(context, site),
            _ => File(context, site),
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        // The address as the webmaster typed it (a port of 0 is now the port Kestrel picked).
        var name = host.Name.Contains(':', StringComparison.Ordinal) && !host.Name.StartsWith('[') ? $"[{host.Name}]" : host.Name;
        return new DevServer(app, new Uri($"http://{name}:{address.Port}/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>
    /// Whether the request was addressed to this machine by a loopback name: localhost, 127.x.y.z or [::1]. Listening
    /// on 127.0.0.1 is not enough against DNS rebinding: a web page of evil.example whose name is made to resolve to
    /// 127.0.0.1 reaches the server from the reader's own browser, but its requests still say Host: evil.example.
    /// </summary>
    internal static bool IsLoopbackHost(HostString host)
    {
        var name = host.Host;
        if (name.StartsWith('[') && name.EndsWith(']'))
        {
            name = name[1..^1];
        }

        return string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(name, out var address) && IPAddress.IsLoopback(address));
    }

    /// <summary>A loopback name, or the name the webmaster gave to <c>--host</c> (<see cref="ServeHost.AllowedHostNames"/>).</summary>
    internal static bool IsAllowedHost(HostString requested, ServeHost host) =>
        IsLoopbackHost(requested) || host.AllowedHostNames.Contains(requested.Host) || host.AllowedHostNames.Contains($"[{requested.Host.Trim('[', ']')}]");

    /// <summary>421 Misdirected Request: this server answers only to loopback names (see <see cref="IsLoopbackHost"/>).</summary>
    private static Task Misdirected(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
        return Text(context, "portal serve answers only requests addressed to localhost, 127.0.0.1, [::1] or the name given to --host\n", "text/plain; charset=utf-8");
    }

    private static Task File(HttpContext context, LiveSite site)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return Task.CompletedTask;
        }

        var path = context.Request.Path.Value ?? "/";
        var file = path.TrimStart('/');
        if (file.Length == 0 || file.EndsWith('/'))
        {
            file += "index.html";
        }

        var bytes = site.Find(file);
        if (bytes is null && site.Find(file + "/index.html") is not null)
        {
            context.Response.Redirect(path + "/", permanent: false);
            return Task.CompletedTask;
        }

        context.Response.Headers.CacheControl = "no-store";
        if (bytes is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Text(context, LiveReload.Inject($"<!DOCTYPE html><meta charset=\"utf-8\"><title>404</title><p>portal serve: {WebUtility.HtmlEncode(path)} is not in the site (yet). This page reloads when the site changes.</p>"), "text/html; charset=utf-8");
        }

        var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        if (type == "text/html")
        {
            return Text(context, LiveReload.Inject(Utf8.GetString(bytes)), "text/html; charset=utf-8");
        }

        context.Response.ContentType = type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal) || type.EndsWith("xml", StringComparison.Ordinal)
            ? type + "; charset=utf-8"
            : type;
        context.Response.ContentLength = bytes.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(bytes).AsTask();
    }

    private static Task Text(HttpContext context, string text, string contentType)
    {
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(text, Utf8);
    }

    /// <summary>Sends the site's state now and after every build until the browser goes away.</summary>
    private static async Task Events(HttpContext context, LiveSite site)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var stop = context.RequestAborted;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var next = site.NextChange;
                // The saved page comes before the version, so a page that follows it does not reload first.
                var message = site.SavedPage is { } saved
                    ? $"event: saved\ndata: {JsonSerializer.Serialize(new { version = site.Version, path = "/" + saved }, EventJson)}\n\n"
                    : string.Empty;
                message += $"event: version\ndata: {site.Version}\n\n";
                if (site.Error is { } error)
                {
                    message += $"event: build-error\ndata: {JsonSerializer.Serialize(error, EventJson)}\n\n";
                }

                if (site.Findings is { } findings)
                {
                    message += $"event: findings\ndata: {JsonSerializer.Serialize(findings, EventJson)}\n\n";
                }

                await context.Response.WriteAsync(message, Utf8, stop);
                await context.Response.Body.FlushAsync(stop);
                await next.WaitAsync(stop);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping.
        }
    }
}
