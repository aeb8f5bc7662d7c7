using AngleSharp.Dom;

namespace Transparency.Web.Tests.Pages;

/// <summary>The heading outline a screen-reader user navigates: one h1, and no level skipped going down.</summary>
internal static class Headings
{
    public static void AssertInOrder(IDocument document)
    {
        var levels = document.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6")
            .Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels.Count(l => l == 1));
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"h{levels[i]} follows h{levels[i - 1]}");
        }
    }
}
