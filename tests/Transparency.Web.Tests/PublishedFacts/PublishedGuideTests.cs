using System.Net;
using AngleSharp.Html.Parser;
using Transparency.Web.Tests.Pages.Guide;

namespace Transparency.Web.Tests.PublishedFacts;

/// <summary>
/// The published guide, served from the live data/, reads at the level the issue sets: English at a
/// Flesch-Kincaid grade of 8 or lower, Spanish at a Fernández-Huerta score of 70 or higher, measured over the
/// page's reading text (<see cref="GuideText"/>) by <see cref="Readability"/>. The scores are printed.
/// </summary>
public sealed class PublishedGuideTests : IDisposable
{
    private readonly PublishedSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task The_English_guide_reads_at_grade_8_or_lower()
    {
        var counts = Readability.Count(await BlocksAsync("/guide", "en"), Readability.Lang.En);

        Report($"English /guide: Flesch-Kincaid grade {counts.FleschKincaidGrade:0.00} ({counts.Sentences} sentences, {counts.Words} words, {counts.Syllables} syllables; target <= 8)");
        Assert.True(counts.Words > 300, $"only {counts.Words} words measured");
        Assert.True(counts.FleschKincaidGrade <= 8, $"Flesch-Kincaid grade {counts.FleschKincaidGrade:0.00} > 8");
    }

    [Fact]
    public async Task The_Spanish_guide_reads_at_Fernandez_Huerta_70_or_higher()
    {
        var counts = Readability.Count(await BlocksAsync("/es/guide", "es"), Readability.Lang.Es);

        Report($"Spanish /es/guide: Fernández-Huerta {counts.FernandezHuerta:0.00} ({counts.Sentences} sentences, {counts.Words} words, {counts.Syllables} syllables; target >= 70)");
        Assert.True(counts.Words > 300, $"only {counts.Words} words measured");
        Assert.True(counts.FernandezHuerta >= 70, $"Fernández-Huerta {counts.FernandezHuerta:0.00} < 70");
    }

    private async Task<IReadOnlyList<string>> BlocksAsync(string path, string language)
    {
        using var client = _site.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return GuideText.Blocks(document, language);
    }

    // Shown by the test runner's output, and on the console so `tests/run.sh` logs show it too.
    private static void Report(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Console.WriteLine(line);
    }

    private sealed class PublishedSite() : SiteFactory(TestRepository.CopyPublishedData);
}
