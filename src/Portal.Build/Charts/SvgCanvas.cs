using System.Security;
using System.Text;

namespace Portal.Build.Charts;

/// <summary>
/// Writes one inline SVG chart: an accessible image (<c>role="img"</c>, <c>&lt;title&gt;</c> and
/// <c>&lt;desc&gt;</c> tied by <c>aria-labelledby</c> and <c>aria-describedby</c>), text in the page's own font (the theme's CSS
/// styles <c>.chart text</c>), everything escaped.
/// </summary>
internal sealed class SvgCanvas
{
    private readonly StringBuilder _svg = new();

    public SvgCanvas(string id, double width, double height, string title, string description, ChartLayout? layout = null)
    {
        _svg.Append($"<svg class=\"chart {(layout ?? ChartLayout.Wide).CssClass}\" id=\"{Esc(id)}\" viewBox=\"0 0 {F(width)} {F(height)}\" width=\"{F(width)}\" height=\"{F(height)}\" role=\"img\" aria-labelledby=\"{Esc(id)}-title\" aria-describedby=\"{Esc(id)}-desc\">");
        _svg.Append($"<title id=\"{Esc(id)}-title\">{Esc(title)}</title><desc id=\"{Esc(id)}-desc\">{Esc(description)}</desc>");
    }

    public void Raw(string markup) => _svg.Append(markup);

    /// <summary>Starts a group of one series or row (<c>data-series</c>), so a page script can show and hide it.</summary>
    public void Group(string? series, int row)
    {
        _svg.Append(series is null ? "<g>" : $"<g data-series=\"{Esc(series)}\" data-row=\"{row}\">");
    }

    public void EndGroup() => _svg.Append("</g>");

    public void Rect(double x, double y, double width, double height, string fill, string? tooltip = null) =>
        _svg.Append($"<rect x=\"{F(x)}\" y=\"{F(y)}\" width=\"{F(width)}\" height=\"{F(height)}\" fill=\"{fill}\">{Tooltip(tooltip)}</rect>");

    public void Line(double x1, double y1, double x2, double y2, string cssClass) =>
        _svg.Append($"<line class=\"{cssClass}\" x1=\"{F(x1)}\" y1=\"{F(y1)}\" x2=\"{F(x2)}\" y2=\"{F(y2)}\"/>");

    /// <summary>Text on one or more lines; when the label was cut, the full label is the element's tooltip.</summary>
    public void Text(double x, double y, IReadOnlyList<string> lines, string anchor, string cssClass, string? fullLabel = null, double lineHeight = 15)
    {
        var first = y - (lines.Count - 1) * lineHeight / 2;
        _svg.Append($"<text class=\"{cssClass}\" x=\"{F(x)}\" y=\"{F(first)}\" text-anchor=\"{anchor}\" dominant-baseline=\"middle\">");
        if (fullLabel is not null && ChartLabel.IsCut(lines))
        {
            _svg.Append(Tooltip(fullLabel));
        }

        for (var i = 0; i < lines.Count; i++)
        {
            _svg.Append(i == 0 ? $"<tspan x=\"{F(x)}\">" : $"<tspan x=\"{F(x)}\" dy=\"{F(lineHeight)}\">");
            _svg.Append(Esc(lines[i])).Append("</tspan>");
        }

        _svg.Append("</text>");
    }

    public string Close() => _svg.Append("</svg>").ToString();

    public static string Esc(string text) => SecurityElement.Escape(text) ?? string.Empty;

    public static string F(double value) => PieGeometry.F(value);

    private static string Tooltip(string? text) => text is null ? string.Empty : $"<title>{Esc(text)}</title>";
}
