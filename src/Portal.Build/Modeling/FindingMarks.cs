using System.Text;
using Portal.Build.Render;

namespace Portal.Build.Modeling;

/// <summary>
/// The findings of one report page by the place they mark: a table cell by its field path, a paragraph by its body's
/// field path and line. The table partials ask for a cell's <see cref="Attributes"/> and
/// <see cref="Marker"/>; the Markdown renderer asks for a body's paragraphs (<see cref="LineMarks"/>). One marker
/// per place lists every finding there.
/// </summary>
public sealed class FindingMarks
{
    public static readonly FindingMarks None = new([], UiStrings.Empty);

    private readonly Dictionary<string, List<FindingView>> _cells = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedDictionary<int, List<FindingView>>> _paragraphs = new(StringComparer.Ordinal);
    private readonly UiStrings _ui;

    public FindingMarks(IEnumerable<(FindingView View, ParagraphPlace? Paragraph)> placed, UiStrings ui)
    {
        _ui = ui;
        foreach (var (view, paragraph) in placed)
        {
            if (paragraph is { } p)
            {
                var lines = _paragraphs.TryGetValue(p.BodyPath, out var l) ? l : _paragraphs[p.BodyPath] = [];
                (lines.TryGetValue(p.Line, out var list) ? list : lines[p.Line] = []).Add(view);
            }
            else if (view.Place == FindingPlace.Cell)
            {
                (_cells.TryGetValue(view.Finding.FieldPath, out var list) ? list : _cells[view.Finding.FieldPath] = []).Add(view);
            }
        }
    }

    /// <summary>The <c>data-finding</c> value of a cell (space-separated finding ids), or null when nothing flags it.</summary>
    public string? Ids(string fieldPath) => _cells.TryGetValue(fieldPath, out var views) ? IdsOf(views) : null;

    /// <summary>
    /// A cell's <c>class</c> attribute and, when flagged, its <c>flagged severity-…</c> classes (the worst finding there)
    /// and <c>data-finding</c> (space-separated finding ids). Written whole, as Razor writes a data- attribute even when
    /// its value is null. Null <paramref name="fieldPath"/> (an empty cell) is never flagged.
    /// </summary>
    public string Attributes(string baseClass, string? fieldPath) =>
        fieldPath is not null && _cells.TryGetValue(fieldPath, out var views)
            ? $"class=\"{baseClass} {FlagClass(views)}\" data-finding=\"{IdsOf(views)}\""
            : $"class=\"{baseClass}\"";

    /// <summary>The marker HTML to put inside a flagged cell; empty for any other.</summary>
    public string Marker(string? fieldPath) => fieldPath is not null && _cells.TryGetValue(fieldPath, out var views) ? MarkerHtml(views) : string.Empty;

    /// <summary>
    /// The marker of a cell's second rendering (the phone form of a table, shown instead of the printed one): its
    /// message keeps an id of its own, <c>tip-…-<paramref name="form"/></c>.
    /// </summary>
    public string Marker(string? fieldPath, string form) => fieldPath is not null && _cells.TryGetValue(fieldPath, out var views) ? MarkerHtml(views, "-" + form) : string.Empty;

    /// <summary>The flagged lines of a narrative body (0-based, as the checker's paragraphs count them) as the Markdown renderer marks them.</summary>
    public IReadOnlyList<LineMark> LineMarks(string bodyPath) =>
        _paragraphs.TryGetValue(bodyPath, out var lines)
            ? lines.Select(l => new LineMark(l.Key, CellAnchors.Paragraph(bodyPath, l.Key), FlagClass(l.Value), IdsOf(l.Value), MarkerHtml(l.Value))).ToArray()
            : [];

    public static string IdsOf(IEnumerable<FindingView> views) => string.Join(' ', views.Select(v => v.Id.Value));

    /// <summary><c>flagged severity-error</c>: the worst severity decides the colour; the marker's glyph says it too.</summary>
    public static string FlagClass(IReadOnlyList<FindingView> views) => "flagged severity-" + views.Min(v => v.Finding.Severity).ToString().ToLowerInvariant();

    /// <summary>
    /// A toggletip: a button (focusable, tapped or clicked it opens; hovered or focused it shows) whose description is
    /// the findings' messages, each with a link back to its item in the 数据核对 list. Works without script; the
    /// report's script adds Escape to close and tap to keep open.
    /// </summary>
    public string MarkerHtml(IReadOnlyList<FindingView> views, string suffix = "")
    {
        var tip = "tip-" + views[0].Id.Value + suffix;
        var worst = views.Min(v => v.Finding.Severity);
        var html = new StringBuilder();
        html.Append("<span class=\"finding-marker\"><button type=\"button\" class=\"finding-mark severity-")
            .Append(worst.ToString().ToLowerInvariant()).Append("\" aria-expanded=\"false\" aria-controls=\"").Append(tip)
            .Append("\" aria-describedby=\"").Append(tip).Append("\"><span aria-hidden=\"true\">").Append(Glyph(worst))
            .Append("</span><span class=\"visually-hidden\">").Append(Encode(_ui.T("checks.marker_label", views.Count))).Append("</span></button>")
            .Append("<span class=\"finding-tip\" id=\"").Append(tip).Append("\">");
        foreach (var view in views)
        {
            html.Append("<span class=\"finding-tip-item\"><span class=\"severity\">").Append(Encode(_ui.T(view.SeverityKey))).Append("</span> ")
                .Append(Encode(view.Finding.Message)).Append(" <a href=\"#").Append(view.Id.Value).Append("\">")
                .Append(Encode(_ui.T("checks.in_list"))).Append("</a></span>");
        }

        return html.Append("</span></span>").ToString();
    }

    /// <summary>Not colour alone: ! for 错误, ? for 存疑, ≈ for 尾数误差.</summary>
    private static string Glyph(Check.FindingSeverity severity) => severity switch
    {
        Check.FindingSeverity.Error => "!",
        Check.FindingSeverity.Warning => "?",
        _ => "≈",
    };

    // Only the five characters HTML needs: Chinese (and any other text) stays literal UTF-8.
    private static string Encode(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);
}

/// <summary>A paragraph of a narrative body: the body's field path and the line (0-based) in it.</summary>
public readonly record struct ParagraphPlace(string BodyPath, int Line);
