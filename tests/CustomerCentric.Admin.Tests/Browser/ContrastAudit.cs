using Microsoft.Playwright;

namespace CustomerCentric.Admin.Tests.Browser;

/// <summary>
/// WCAG 2.x contrast, computed in the browser from the rendered page: every visible piece of text (text nodes, form
/// values and placeholders, SVG labels) against the background actually behind it (semi-transparent backgrounds composited
/// up the tree, opacity applied). Normal text needs 4.5:1, large text (24px, or 18.66px bold) 3:1. Disabled controls and
/// visually hidden text are exempt, as in WCAG 1.4.3.
/// </summary>
public static class ContrastAudit
{
    /// <summary>One piece of text and its contrast (a class with setters: Playwright fills it from the script's result).</summary>
    public sealed class Finding
    {
        public string Text { get; set; } = string.Empty;
        public double Ratio { get; set; }
        public double Required { get; set; }
        public string Foreground { get; set; } = string.Empty;
        public string Background { get; set; } = string.Empty;
        public string Element { get; set; } = string.Empty;
    }

    public static async Task<IReadOnlyList<Finding>> RunAsync(IPage page) =>
        await page.EvaluateAsync<Finding[]>(Script);

    /// <summary>The element that has keyboard focus: whether its focus ring shows (an outline of 2px or more) and its contrast with what is behind it (3:1, WCAG 1.4.11).</summary>
    public sealed class Focus
    {
        public string Element { get; set; } = string.Empty;
        public string OutlineStyle { get; set; } = string.Empty;
        public double OutlineWidth { get; set; }
        public double Ratio { get; set; }
    }

    public static async Task<Focus?> FocusedAsync(IPage page) =>
        await page.EvaluateAsync<Focus?>(FocusScript);

    // Colour parsing, compositing and WCAG relative luminance, shared by both scripts.
    private const string Helpers = """
          const parse = c => {
            const m = /rgba?\(([^)]+)\)/.exec(c || '');
            if (!m) return null;
            const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
            return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
          };
          const over = (top, bottom) => ({
            r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a),
            b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
          const luminance = c => {
            const f = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
          };
          const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
          const html = el => { while (el && el.namespaceURI !== 'http://www.w3.org/1999/xhtml') el = el.parentElement; return el; };
          const backgroundOf = el => {
            const layers = [];
            for (let e = html(el); e; e = e.parentElement) {
              const bg = parse(getComputedStyle(e).backgroundColor);
              if (bg && bg.a > 0) { layers.push(bg); if (bg.a >= 1) break; }
            }
            let c = { r: 255, g: 255, b: 255, a: 1 };
            for (let i = layers.length - 1; i >= 0; i--) c = over(layers[i], c);
            return c;
          };
          const opacityOf = el => { let o = 1; for (let e = el; e; e = e.parentElement) o *= parseFloat(getComputedStyle(e).opacity); return o; };
          const hidden = el => {
            if (el.closest('[aria-hidden=true], .visually-hidden, button[disabled], input[disabled], select[disabled], textarea[disabled]')) return true;
            const r = el.getBoundingClientRect();
            const s = getComputedStyle(el);
            return r.width <= 1 || r.height <= 1 || r.right <= 0 || r.bottom <= 0 || s.visibility !== 'visible' || s.display === 'none';
          };
          const fmt = c => `rgb(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)})`;
          const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
        """;

    private const string Script = "() => {\n" + Helpers + """
          const findings = [];
          const check = (el, text, colour) => {
            if (!text.trim() || hidden(el)) return;
            const s = getComputedStyle(el);
            const size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight, 10) >= 700;
            const required = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
            const bg = backgroundOf(el);
            const fg = parse(colour);
            if (!fg) return;
            const shown = over({ ...fg, a: fg.a * opacityOf(el) }, bg);
            const r = ratio(shown, bg);
            findings.push({ text: text.trim().slice(0, 60), ratio: Math.round(r * 100) / 100, required, foreground: fmt(shown), background: fmt(bg), element: describe(el) });
          };
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const el = walker.currentNode.parentElement;
            if (!el || el.closest('script, style, textarea, select:not([multiple]) option')) continue;
            const inSvg = el.namespaceURI === 'http://www.w3.org/2000/svg';
            check(el, walker.currentNode.textContent, inSvg ? getComputedStyle(el).fill : getComputedStyle(el).color);
          }
          for (const el of document.querySelectorAll('input:not([type=hidden]):not([type=checkbox]):not([type=radio]), textarea, select:not([multiple])')) {
            const value = el.tagName === 'SELECT' ? (el.selectedOptions[0]?.textContent ?? '') : el.value;
            check(el, value, getComputedStyle(el).color);
            if (!el.value && el.placeholder) check(el, el.placeholder, getComputedStyle(el, '::placeholder').color);
          }
          return findings;
        }
        """;

    private const string FocusScript = "() => {\n" + Helpers + """
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return null;
          const s = getComputedStyle(el);
          const ring = parse(s.outlineColor);
          const behind = backgroundOf(el.parentElement || el);
          return { element: describe(el) + (el.textContent ? ' "' + el.textContent.trim().slice(0, 30) + '"' : ''), outlineStyle: s.outlineStyle,
                   outlineWidth: parseFloat(s.outlineWidth) || 0, ratio: ring ? Math.round(ratio(over(ring, behind), behind) * 100) / 100 : 0 };
        }
        """;
}
