using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace Transparency.Web.Tests.Feeds;

/// <summary>Reads a feed twice: with the standard Atom reader, and as raw XML to check required elements.</summary>
internal static class Atom
{
    public static readonly XNamespace Ns = "http://www.w3.org/2005/Atom";

    public static SyndicationFeed Load(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return SyndicationFeed.Load(reader);
    }

    public static XElement Root(string xml) => XDocument.Parse(xml).Root!;

    public static IReadOnlyList<XElement> Entries(XElement feed) => feed.Elements(Ns + "entry").ToList();

    public static string Text(XElement parent, string name) => parent.Element(Ns + name)?.Value ?? "";

    public static string? Link(XElement parent, string rel) =>
        parent.Elements(Ns + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href")?.Value;

    public static DateTimeOffset Updated(XElement parent) => DateTimeOffset.Parse(Text(parent, "updated"), System.Globalization.CultureInfo.InvariantCulture);
}
