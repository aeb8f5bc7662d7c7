using Microsoft.AspNetCore.Hosting;

namespace Transparency.Web.Tests;

/// <summary>
/// The real app on the fixture dataset with one correction row added (the fixture's release has none),
/// and a configured public URL.
/// </summary>
public sealed class CorrectedSiteFactory : SiteFactory
{
    public const string PublicUrl = "https://transparency.example.org";
    public const string CorrectionId = "ctr-filing-note-checked";
    public const string CorrectedEvent = "2025-02-17-ctr-v-irs-filed";

    public CorrectedSiteFactory()
    {
        // Values with characters that must be encoded on the page and in the feed.
        File.AppendAllText(Path.Combine(DataDirectory, "corrections.csv"),
            $"{CorrectionId},2026-07-01,1.0.1,events,{CorrectedEvent},caveat,,\"Checked: <b>5%</b> & \"\"docket\"\"\",The docket confirms the filing date.,,clearinghouse-46138\n");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Site:PublicUrl", PublicUrl + "/");
    }
}
