using System.Text;

namespace CustomerCentric.GraphQL.Language;

/// <summary>
/// A chain of printed pieces that knows its total length and line count before it is rendered, so the printer can
/// decide on line wrapping bottom-up; indentation is applied once, when the chain is rendered.
/// </summary>
internal sealed class PrintBuffer
{
    public static readonly PrintBuffer Empty = new(string.Empty);

    private readonly string text;
    private readonly string[]? lines;
    private readonly bool isBlockString;
    private PrintBuffer? next;
    private PrintBuffer tail;
    private bool indentBefore;
    private bool dedentAfter;

    public PrintBuffer(string text, bool isBlockString = false)
    {
        this.text = text;
        this.isBlockString = isBlockString;
        lines = text.Contains('\n') ? text.Split('\n') : null;
        Length = text.Length;
        Newlines = lines is null ? 0 : lines.Length - 1;
        tail = this;
    }

    /// <summary>Characters when rendered, counting the indentation added by <see cref="Indent"/>.</summary>
    public int Length { get; private set; }

    public int Newlines { get; private set; }

    public PrintBuffer Append(string value) => value.Length == 0 ? this : Append(new PrintBuffer(value));

    public PrintBuffer Append(PrintBuffer value)
    {
        if (value.Length == 0)
        {
            return this;
        }

        tail.next = value;
        tail = value.tail;
        Length += value.Length;
        Newlines += value.Newlines;
        return this;
    }

    /// <summary>Indents every line of this chain by two spaces.</summary>
    public PrintBuffer Indent()
    {
        if (Length == 0)
        {
            return this;
        }

        indentBefore = true;
        tail.dedentAfter = true;
        Length += 2 * (Newlines + 1);
        return this;
    }

    public string Render()
    {
        var output = new StringBuilder(Length);
        var indentation = string.Empty;
        for (var part = this; part is not null; part = part.next)
        {
            if (part.indentBefore)
            {
                indentation += "  ";
                output.Append("  ");
            }

            if (part.lines is null)
            {
                output.Append(part.text);
            }
            else
            {
                output.Append(part.lines[0]);
                for (var i = 1; i < part.lines.Length; i++)
                {
                    output.Append('\n').Append(indentation).Append(part.lines[i]);
                }
            }

            if (part.dedentAfter)
            {
                indentation = indentation[..^2];
            }
        }

        return output.ToString();
    }
}
