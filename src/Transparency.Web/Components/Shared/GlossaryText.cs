using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Transparency.Web.Components.Shared;

/// <summary>
/// Shows a text (a summary, a definition) with the first use on the page of each glossary term linked to its
/// entry: <c>&lt;a href="/glossary#stay"&gt;stayed&lt;/a&gt;</c>, or around an <c>&lt;abbr title="..."&gt;</c> for an
/// abbreviation. The text is data, so it is only ever added as text (the renderer encodes it); the links
/// are the only markup. Without a <see cref="GlossaryLinks"/> cascaded from above (an embed, a test) it
/// shows the plain text. No script: the links are plain anchors.
/// </summary>
public sealed class GlossaryText : ComponentBase
{
    /// <summary>The text to show; nothing is shown when it is null or empty.</summary>
    [Parameter, EditorRequired] public required string? Text { get; set; }

    /// <summary>The page's glossary and what it has linked already (MainLayout cascades one per page).</summary>
    [CascadingParameter] public GlossaryLinks? Links { get; set; }

    private IReadOnlyList<GlossarySegment> _segments = [];
    private string? _splitText;
    private bool _split;

    protected override void OnParametersSet()
    {
        // Split once per text: splitting claims the page's first uses, so a second pass over the same text
        // (a re-render) must not find them taken and drop its own links.
        if (_split && string.Equals(_splitText, Text, StringComparison.Ordinal))
        {
            return;
        }
        _split = true;
        _splitText = Text;
        _segments = string.IsNullOrEmpty(Text) ? []
            : Links is null ? [new GlossarySegment(Text, null, false)]
            : Links.Link(Text);
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        foreach (var segment in _segments)
        {
            if (segment.Entry is not { } entry || Links is null)
            {
                builder.AddContent(0, segment.Text);
                continue;
            }
            builder.OpenElement(1, "a");
            builder.AddAttribute(2, "href", Links.Href(entry));
            builder.AddAttribute(3, "class", "glossary-link");
            if (segment.IsAbbreviation)
            {
                builder.OpenElement(4, "abbr");
                builder.AddAttribute(5, "title", entry.Term);
                builder.AddContent(6, segment.Text);
                builder.CloseElement();
            }
            else
            {
                builder.AddContent(7, segment.Text);
            }
            builder.CloseElement();
        }
    }
}
