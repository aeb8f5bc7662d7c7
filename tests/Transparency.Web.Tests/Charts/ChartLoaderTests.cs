using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Transparency.Data;
using Transparency.Data.Cases;
using Transparency.Data.Dataset;
using Transparency.Data.Requests;
using Transparency.Web.Charts;
using Transparency.Web.Components.Pages.Embed;
using Transparency.Web.Localization;

namespace Transparency.Web.Tests.Charts;

/// <summary>A page that has read a chart's data hands it to the share snippet: the snippet must size the embed exactly as the loader's model does.</summary>
public sealed class ChartLoaderTests(SiteFactory site)
{
    [Fact]
    public async Task A_model_built_from_the_pages_data_sizes_the_embed_as_the_loaded_one_does()
    {
        using var scope = site.Services.CreateScope();
        var services = scope.ServiceProvider;
        var text = services.GetRequiredService<IStringLocalizer<EmbedStrings>>();
        var loader = ActivatorUtilities.CreateInstance<ChartLoader>(services);
        var cases = services.GetRequiredService<CaseQueries>();
        var info = await services.GetRequiredService<DatasetQueries>().GetInfoAsync(cancellationToken: TestContext.Current.CancellationToken);

        var loadedCase = await loader.LoadAsync(ChartLoader.Rulings, "ctr-v-irs", Language.En, TestContext.Current.CancellationToken);
        var builtCase = ChartLoader.CaseRulings((await cases.GetAsync("ctr-v-irs", cancellationToken: TestContext.Current.CancellationToken))!, info,
            await cases.GetRulingsAsync("ctr-v-irs", cancellationToken: TestContext.Current.CancellationToken), Language.En, text);
        Assert.Equal(EmbedSizes.For(loadedCase!, text), EmbedSizes.For(builtCase!, text));
        Assert.Equal(loadedCase!.Takeaway, builtCase!.Takeaway);

        var loadedFunnel = await loader.LoadAsync(ChartLoader.RequestFunnel, null, Language.En, TestContext.Current.CancellationToken);
        var batches = await services.GetRequiredService<RequestQueries>().GetBatchesAsync(pageSize: 10, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(batches.Count < 10, "the fixture's requests fit the overview's first page");
        var builtFunnel = ChartLoader.Funnel(info, batches, Language.En, text);
        Assert.Equal(EmbedSizes.For(loadedFunnel!, text), EmbedSizes.For(builtFunnel, text));
        Assert.Equal(loadedFunnel!.Sources.Select(s => s.Id), builtFunnel.Sources.Select(s => s.Id));
    }
}
