namespace Portal.Cli.Serve;

/// <summary>
/// The browser side of live reload: served by <c>portal serve</c> only, never written to the built site.
/// It listens to the server's events: a new site version reloads the page, a failed build shows its
/// errors over the page (the last good page stays underneath).
/// </summary>
internal static class LiveReload
{
    public const string ScriptPath = "/__portal/live.js";

    public const string EventsPath = "/__portal/events";

    public const string ScriptTag = "<script src=\"" + ScriptPath + "\"></script>";

    public const string Script = """
        (function () {
          var first = null;
          var source = new EventSource('/__portal/events');
          source.addEventListener('version', function (e) {
            if (first === null) { first = e.data; } else if (e.data !== first) { location.reload(); }
            var old = document.getElementById('portal-serve-error');
            if (old) { old.remove(); }
          });
          source.addEventListener('build-error', function (e) {
            var box = document.getElementById('portal-serve-error') || document.createElement('pre');
            box.id = 'portal-serve-error';
            box.setAttribute('role', 'alert');
            box.style.cssText = 'position:fixed;top:0;left:0;right:0;max-height:60vh;overflow:auto;margin:0;padding:1em;' +
              'background:#fff1f0;color:#7a0000;border-bottom:3px solid #c00;font:14px/1.5 monospace;white-space:pre-wrap;z-index:2147483647';
            box.textContent = 'portal serve: the last edit does not build; this is the last good version of the page.\n\n' + JSON.parse(e.data);
            document.body.appendChild(box);
          });
        })();
        """;

    /// <summary>The page with the live-reload script before <c>&lt;/body&gt;</c> (or at the end).</summary>
    public static string Inject(string html)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + ScriptTag : html.Insert(end, ScriptTag + "\n");
    }
}
