namespace Transparency.Web.Tests.Layout;

/// <summary>The pages link the trimmed MudBlazor stylesheet; tests/Transparency.E2E.Tests/Validators/MudBlazorCssTrimTests.cs checks it holds every rule they use.</summary>
public sealed class MudBlazorCssTests(SiteFactory factory)
{
    [Fact]
    public async Task Pages_link_the_trimmed_stylesheet_and_not_the_full_one()
    {
        var html = await factory.CreateClient().GetStringAsync("/", TestContext.Current.CancellationToken);
        Assert.Matches(@"href=""css/mudblazor\.trimmed\.[a-z0-9]+\.css""", html);
        Assert.DoesNotContain("MudBlazor.min.css", html);
    }
}
