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

    /// <summary>
    /// The script, with the overlay's words in the site's language (<c>cli.overlay_*</c> of the theme's language file).
    /// A failed build shows its errors over the top of the page (the last good page stays underneath); the edited
    /// report's 数据核对 findings show in a panel in the corner that can be closed: the page stays usable.
    /// </summary>
    public static string Script(CliText text) => Template
        .Replace("$ERROR$", JavaScriptString(text.T("overlay_error")), StringComparison.Ordinal)
        .Replace("$FINDINGS$", JavaScriptString(text.T("overlay_findings")), StringComparison.Ordinal)
        .Replace("$CLOSE$", JavaScriptString(text.T("overlay_close")), StringComparison.Ordinal);

    // The script is its own file (never inline in a page), so CJK may stay literal; quotes and backslashes are escaped.
    private static string JavaScriptString(string text) =>
        System.Text.Json.JsonSerializer.Serialize(text, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private const string Template = """
        (function () {
          var first = null;
          var leaving = false;
          var source = new EventSource('/__portal/events');
          function remove(id) { var old = document.getElementById(id); if (old) { old.remove(); } }
          // A save newer than this page goes to the saved file's page; an older one (already seen) is ignored.
          source.addEventListener('saved', function (e) {
            var saved = JSON.parse(e.data);
            if (first !== null && saved.version > Number(first) && location.pathname !== saved.path) {
              leaving = true;
              location.assign(saved.path);
            }
          });
          source.addEventListener('version', function (e) {
            if (first === null) { first = e.data; } else if (e.data !== first && !leaving) { location.reload(); }
            remove('portal-serve-error');
          });
          source.addEventListener('build-error', function (e) {
            var box = document.getElementById('portal-serve-error') || document.createElement('pre');
            box.id = 'portal-serve-error';
            box.setAttribute('role', 'alert');
            box.style.cssText = 'position:fixed;top:0;left:0;right:0;max-height:60vh;overflow:auto;margin:0;padding:1em;' +
              'background:#fff1f0;color:#7a0000;border-bottom:3px solid #c00;font:14px/1.5 monospace;white-space:pre-wrap;z-index:2147483647';
            box.textContent = $ERROR$ + '\n\n' + JSON.parse(e.data);
            document.body.appendChild(box);
          });
          source.addEventListener('findings', function (e) {
            remove('portal-serve-findings');
            var panel = document.createElement('aside');
            panel.id = 'portal-serve-findings';
            panel.setAttribute('role', 'status');
            panel.style.cssText = 'position:fixed;right:1em;bottom:1em;max-width:40em;max-height:40vh;overflow:auto;padding:.75em 1em;' +
              'background:#fffbe6;color:#4d3800;border:2px solid #d4a200;border-radius:4px;font:13px/1.5 sans-serif;z-index:2147483646';
            var close = document.createElement('button');
            close.type = 'button';
            close.textContent = $CLOSE$;
            close.style.cssText = 'float:right;margin-left:1em';
            close.addEventListener('click', function () { panel.remove(); });
            var title = document.createElement('strong');
            title.textContent = $FINDINGS$;
            var list = document.createElement('pre');
            list.style.cssText = 'margin:.5em 0 0;white-space:pre-wrap;font:12px/1.5 monospace';
            list.textContent = JSON.parse(e.data);
            panel.append(close, title, list);
            document.body.appendChild(panel);
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
