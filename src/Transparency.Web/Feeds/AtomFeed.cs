using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Transparency.Data.Dataset;
using Transparency.Data.Feeds;
using Transparency.Web.Components.Shared;

namespace Transparency.Web.Feeds;

/// <summary>What one feed is about: its own path, the page it mirrors, its title and subtitle.</summary>
public sealed record FeedHead(string SelfPath, string AlternatePath, string Title, string Subtitle);

/// <summary>
/// Writes feed entries as Atom 1.0. Ids are permanent URLs (not tag: URIs): the feed's own URL, and
/// for each entry the permanent URL of the page that shows it (<c>&lt;base&gt;/events/&lt;id&gt;</c>,
/// <c>&lt;base&gt;/cases/&lt;case&gt;#&lt;ruling&gt;</c>, <c>&lt;base&gt;/corrections#&lt;id&gt;</c>). They stay
/// stable as long as ids are stable slugs and <c>Site:PublicUrl</c> is set (see <see cref="SiteUrls"/>).
/// </summary>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static SyndicationFeed Build(string baseUrl, FeedHead head, DatasetInfo info, IReadOnlyList<FeedEntry> entries)
    {
        var self = SiteUrls.Absolute(baseUrl, head.SelfPath);
        // Entries come newest first, so the first one is the feed's latest change; an empty feed has
        // not changed since the dataset's as_of. Never the clock: the same data gives the same bytes.
        var feed = new SyndicationFeed
        {
            Id = self,
            Title = new TextSyndicationContent(head.Title),
            Description = new TextSyndicationContent(head.Subtitle),
            LastUpdatedTime = Instant(entries.Count > 0 ? entries[0].UpdatedOn : info.AsOf),
            Copyright = new TextSyndicationContent($"© {info.Publisher}. Data licensed {info.License}: {info.LicenseUrl}"),
            Language = "en",
            Items = entries.Select(e => Entry(baseUrl, e)).ToList(),
        };
        feed.Authors.Add(new SyndicationPerson { Name = info.Publisher, Uri = SiteUrls.Absolute(baseUrl, "/about") });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(self), "application/atom+xml"));
        feed.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(SiteUrls.Absolute(baseUrl, head.AlternatePath)), "text/html"));
        feed.Links.Add(new SyndicationLink(new Uri(info.LicenseUrl), "license", info.License, "text/html", 0));
        return feed;
    }

    /// <summary>UTF-8 without a byte-order mark, with the XML declaration.</summary>
    public static byte[] Serialize(SyndicationFeed feed)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            new Atom10FeedFormatter(feed).WriteTo(writer);
            writer.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static SyndicationItem Entry(string baseUrl, FeedEntry entry)
    {
        var url = SiteUrls.Absolute(baseUrl, entry.Href);
        // The summary leads with the item's own date: `updated` says when the dataset changed, not
        // when the event happened, and feed readers show only `updated`.
        var context = entry.CaseShortName is null ? "" : ", " + entry.CaseShortName;
        var item = new SyndicationItem
        {
            Id = url,
            Title = new TextSyndicationContent(entry.Title),
            Summary = new TextSyndicationContent($"{Display.Date(entry.Date)}{context}: {entry.Summary}"),
            LastUpdatedTime = Instant(entry.UpdatedOn),
            PublishDate = Instant(entry.PublishedOn),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(url), "text/html"));
        if (entry.RelatedHref is not null)
        {
            item.Links.Add(new SyndicationLink(new Uri(SiteUrls.Absolute(baseUrl, entry.RelatedHref)), "related", null, "text/html", 0));
        }
        item.Categories.Add(new SyndicationCategory(Display.Code(entry.Category), SiteUrls.Absolute(baseUrl, "/timeline"), Display.Category(entry.Category)));
        return item;
    }

    /// <summary>A dataset day (<c>YYYY-MM-DD</c>) as midnight UTC, the instant Atom's date constructs need.</summary>
    private static DateTimeOffset Instant(string day) =>
        new(DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
