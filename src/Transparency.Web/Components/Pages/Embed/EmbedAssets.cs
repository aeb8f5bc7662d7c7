using Microsoft.AspNetCore.Components;

namespace Transparency.Web.Components.Pages.Embed;

/// <summary>
/// The site's fingerprinted asset URLs for the embed document, which an HtmlRenderer renders outside the
/// Razor Components endpoint and so gets no <c>@Assets</c> of its own: MapRazorComponents puts the
/// collection that MapStaticAssets built on its page endpoints' metadata, and this reads it from there.
/// </summary>
public static class EmbedAssets
{
    public static ResourceAssetCollection Collection(EndpointDataSource endpoints) =>
        endpoints.Endpoints.Select(e => e.Metadata.GetMetadata<ResourceAssetCollection>()).FirstOrDefault(c => c is not null)
        ?? ResourceAssetCollection.Empty;
}
