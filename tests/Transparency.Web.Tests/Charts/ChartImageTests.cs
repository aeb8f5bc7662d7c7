using System.Net;
using System.Xml.Linq;
using SkiaSharp;

namespace Transparency.Web.Tests.Charts;

public sealed class ChartImageTests(SiteFactory factory)
{
    [Theory]
    [InlineData("/charts/request-funnel.png")]
    [InlineData("/charts/rulings.png")]
    [InlineData("/charts/rulings.png?case=ctr-v-irs")]
    [InlineData("/es/charts/request-funnel.png")]
    [InlineData("/charts/key-numbers.png")]
    [InlineData("/es/charts/key-numbers.png")]
    public async Task The_png_is_a_1200_by_630_picture_with_more_than_one_colour(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.Equal(1200, bitmap.Width);
        Assert.Equal(630, bitmap.Height);
        var colours = new HashSet<uint>();
        for (var y = 0; y < bitmap.Height; y += 5)
        {
            for (var x = 0; x < bitmap.Width; x += 5)
            {
                colours.Add((uint)bitmap.GetPixel(x, y));
            }
        }
        Assert.True(colours.Count > 3, $"{path} has {colours.Count} colours");
    }

    [Theory]
    [InlineData("/charts/request-funnel.svg")]
    [InlineData("/charts/rulings.svg")]
    [InlineData("/charts/rulings.svg?case=ctr-v-irs")]
    [InlineData("/es/charts/request-funnel.svg")]
    [InlineData("/es/charts/rulings.svg")]
    [InlineData("/charts/key-numbers.svg")]
    [InlineData("/es/charts/key-numbers.svg")]
    public async Task Every_label_in_the_image_is_at_least_24_pixels_so_it_reads_when_shown_390_pixels_wide(string path)
    {
        using var client = factory.CreateClient();
        var svg = XDocument.Parse(await client.GetStringAsync(path, TestContext.Current.CancellationToken)).Root!;

        // The renderer's own layout numbers: the plot's label size, its scale, and every text's font size in it.
        var plot = svg.Descendants().Single(e => e.Attribute("data-label-size") is not null);
        Assert.True(double.Parse((string)plot.Attribute("data-label-size")!, System.Globalization.CultureInfo.InvariantCulture) >= 24);
        var scale = double.Parse(System.Text.RegularExpressions.Regex.Match((string)plot.Attribute("transform")!, @"scale\(([\d.]+)\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var sizes = plot.Descendants().Where(e => e.Name.LocalName == "text")
            .Select(t => double.Parse((string?)t.Attribute("font-size") ?? "0", System.Globalization.CultureInfo.InvariantCulture) * scale).ToList();
        Assert.NotEmpty(sizes);
        Assert.All(sizes, size => Assert.True(size >= 24, $"{path}: a {size:0.#} px label"));
        Assert.Equal("1200", (string?)svg.Attribute("width"));
        Assert.Equal("630", (string?)svg.Attribute("height"));
    }

    [Fact]
    public async Task The_svg_is_standalone_xml_with_the_title_source_line_and_numbers()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/charts/request-funnel.svg", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Root!;
        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Equal("http://www.w3.org/2000/svg", svg.Name.NamespaceName);
        Assert.Equal("1200", (string?)svg.Attribute("width"));
        Assert.Equal("630", (string?)svg.Attribute("height"));
        Assert.Contains("DejaVu Sans", (string?)svg.Attribute("font-family"), StringComparison.Ordinal);
        var text = string.Join("\n", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains("Requested versus disclosed, request by request", text, StringComparison.Ordinal);
        Assert.Matches(@"Source: Transparency, dataset v\d+\.\d+\.\d+, from \d+ public sources; http://localhost/requests#request-funnel", text);
        Assert.Contains("47,289", text, StringComparison.Ordinal);
        // Standalone: no class for an absent stylesheet to style, no external reference.
        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Attribute("class") is not null);
        Assert.DoesNotContain("href", svg.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Images_are_cacheable_and_named_after_the_dataset_version()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/charts/rulings.svg?case=ctr-v-irs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.Public);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("inline", disposition?.DispositionType);
        Assert.Matches(@"^transparency-rulings-ctr-v-irs-v\d+\.\d+\.\d+\.svg$", disposition?.FileName?.Trim('"'));
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("/cases/ctr-v-irs#case-rulings", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/es/charts/request-funnel.svg", "Lo pedido frente a lo entregado, solicitud por solicitud", "Fuente: Transparency")]
    [InlineData("/es/charts/rulings.svg", "Tribunales divididos sobre los datos del IRS para el ICE", "/es/cases#rulings-over-time")]
    public async Task Spanish_images_carry_Spanish_titles(string path, string title, string line)
    {
        using var client = factory.CreateClient();
        var svg = await client.GetStringAsync(path, TestContext.Current.CancellationToken);

        Assert.Contains(title, svg, StringComparison.Ordinal);
        Assert.Contains(line, svg, StringComparison.Ordinal);
        Assert.Contains("xml:lang=\"es\"", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/charts/no-such-chart.svg")]
    [InlineData("/charts/no-such-chart.png")]
    [InlineData("/charts/rulings.png?case=no-such-case")]
    [InlineData("/charts/request-funnel.svg?case=ctr-v-irs")]
    [InlineData("/es/charts/rulings.svg?case=no-such-case")]
    public async Task Unknown_charts_and_cases_are_not_found(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_key_numbers_image_draws_the_three_steps_with_their_shares_and_has_no_embed()
    {
        using var client = factory.CreateClient();
        var svg = await client.GetStringAsync("/charts/key-numbers.svg", TestContext.Current.CancellationToken);

        Assert.Contains("47,289 = 3.7% of 1.28 million", svg, StringComparison.Ordinal);
        Assert.Contains("about 42,695", svg, StringComparison.Ordinal);
        Assert.Contains("/#hero-ratio", svg, StringComparison.Ordinal);
        using var embed = await client.GetAsync("/embed/key-numbers", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, embed.StatusCode);
    }
}
