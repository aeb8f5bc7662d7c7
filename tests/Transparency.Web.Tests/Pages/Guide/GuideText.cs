using AngleSharp.Dom;

namespace Transparency.Web.Tests.Pages.Guide;

/// <summary>
/// The reading text of the rendered guide: the page's heading, lede and no-advice note, the questions and
/// the paragraphs (the elements marked <c>guide-text</c>), without the source numbers, text hidden for
/// screen readers, or quotes in the other language (measured by that language's formula, not this one's).
/// Source notes and URLs are not reading text.
/// </summary>
public static class GuideText
{
    public static IReadOnlyList<string> Blocks(IDocument document, string language)
    {
        var blocks = new List<string>();
        foreach (var element in document.QuerySelectorAll("main .guide-text"))
        {
            var copy = (IElement)element.Clone();
            foreach (var skip in copy.QuerySelectorAll(".note-refs, .visually-hidden").ToList())
            {
                skip.Remove();
            }
            foreach (var other in copy.QuerySelectorAll("[lang]").Where(e => e.GetAttribute("lang") != language).ToList())
            {
                other.Remove();
            }
            blocks.Add(copy.TextContent);
        }
        return blocks;
    }
}
