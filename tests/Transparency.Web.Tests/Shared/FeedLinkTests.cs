using Bunit;
using Transparency.Web.Components.Shared;

namespace Transparency.Web.Tests.Shared;

public sealed class FeedLinkTests : BunitContext
{
    [Fact]
    public void A_feed_link_has_the_literal_atom_type_and_encodes_its_title_and_address()
    {
        var cut = Render<FeedLink>(ps => ps
            .Add(p => p.Title, "Transparency: \"A & B\" <script>")
            .Add(p => p.Href, "/feeds/cases/a\"b.atom"));

        Assert.StartsWith("<link rel=\"alternate\" type=\"application/atom+xml\" ", cut.Markup, StringComparison.Ordinal);
        var link = cut.Find("link");
        Assert.Equal("Transparency: \"A & B\" <script>", link.GetAttribute("title"));
        Assert.Equal("/feeds/cases/a\"b.atom", link.GetAttribute("href"));
        Assert.Empty(cut.FindAll("script"));
        Assert.Single(cut.FindAll("link"));
    }
}
