using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace CustomerCentric.Admin.Dashboard;

/// <summary>A horizontal bar chart as inline SVG, drawn on the server: readable without JavaScript, and by screen readers (title and table fallback).</summary>
public static class BarChart
{
    private const int LabelWidth = 130;
    private const int BarArea = 150;
    private const int RowHeight = 22;

    public static IHtmlContent Render(string title, IReadOnlyList<ChartBar> bars)
    {
        var height = Math.Max(1, bars.Count) * RowHeight + 8;
        var max = bars.Count == 0 ? 1 : Math.Max(1, bars.Max(b => b.Value));
        var svg = new StringBuilder();
        var summary = string.Join(", ", bars.Select(b => $"{b.Label}: {Format(b.Value)}"));
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" viewBox=\"0 0 {LabelWidth + BarArea + 40} {height}\" role=\"img\" aria-label=\"{Encode(title)}: {Encode(summary)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = i * RowHeight + 4;
            var width = Math.Max(2, bar.Value / max * BarArea);
            var label = bar.Label.Length > 20 ? bar.Label[..19] + "…" : bar.Label;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\">{Encode(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"bar {Encode(bar.CssClass ?? string.Empty)}\" x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{width:0.#}\" height=\"{RowHeight - 8}\" rx=\"3\"></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + width + 6:0.#}\" y=\"{y + 16}\">{Format(bar.Value)}</text>");
        }

        if (bars.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth}\" y=\"20\">No data</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Format(double value) => value.ToString(value % 1 == 0 ? "0" : "0.#", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

public sealed record ChartBar(string Label, double Value, string? CssClass = null);
