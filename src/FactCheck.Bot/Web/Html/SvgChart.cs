using System.Globalization;
using System.Text;
using static FactCheck.Bot.Web.Html.Html;

namespace FactCheck.Bot.Web.Html;

/// <summary>Charts drawn on the server as inline SVG (no script, no external asset): columns over days, horizontal bars
/// for rankings. Labels are encoded like any other text.</summary>
internal static class SvgChart
{
    private const int Width = 720;

    /// <summary>One column per value (checks per day), labelled below every few columns.</summary>
    public static string Columns(string id, string title, IReadOnlyList<(string Label, double Value)> points)
    {
        const int height = 220, bottom = 30, top = 20;
        var max = Math.Max(1, points.Count == 0 ? 1 : points.Max(p => p.Value));
        var step = points.Count == 0 ? Width : (double)(Width - 40) / points.Count;
        var svg = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"<svg id=\"{id}\" role=\"img\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{E(title)}</title>"));
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"14\" font-size=\"12\">{E(title)} (max {N(max)})</text>");
        var labelEvery = Math.Max(1, points.Count / 10);
        for (var i = 0; i < points.Count; i++)
        {
            var (label, value) = points[i];
            var h = (height - bottom - top) * value / max;
            var x = 30 + i * step;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x, "0.0")}\" y=\"{N(height - bottom - h, "0.0")}\" width=\"{N(Math.Max(1, step - 2), "0.0")}\" height=\"{N(h, "0.0")}\" fill=\"#2a6f97\"><title>{E(label)}: {N(value)}</title></rect>");
            if (i % labelEvery == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x, "0.0")}\" y=\"{height - 12}\" font-size=\"10\">{E(label)}</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Horizontal bars with their labels (top claims, top tips).</summary>
    public static string Bars(string id, string title, IReadOnlyList<(string Label, double Value)> bars)
    {
        const int row = 24, labelWidth = 360;
        var height = 28 + Math.Max(1, bars.Count) * row;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var svg = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"<svg id=\"{id}\" role=\"img\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{E(title)}</title>"));
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"16\" font-size=\"12\">{E(title)}</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = 26 + i * row;
            var w = (Width - labelWidth - 60) * value / max;
            var shown = label.Length > 55 ? label[..54] + "…" : label;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{y + 14}\" font-size=\"11\">{E(shown)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 2}\" width=\"{N(Math.Max(1, w), "0.0")}\" height=\"{row - 6}\" fill=\"#c05621\"></rect>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{N(labelWidth + w + 6, "0.0")}\" y=\"{y + 15}\" font-size=\"11\">{N(value)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }
}
