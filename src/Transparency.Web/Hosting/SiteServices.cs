using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Localization;
using Transparency.Data;
using Transparency.Data.Cases;
using Transparency.Data.Corrections;
using Transparency.Data.Dataset;
using Transparency.Data.Documents;
using Transparency.Data.Downloads;
using Transparency.Data.Events;
using Transparency.Data.Feeds;
using Transparency.Data.Figures;
using Transparency.Data.Glossary;
using Transparency.Data.Guide;
using Transparency.Data.Requests;
using Transparency.Data.Sources;
using Transparency.Data.Timeline;
using Transparency.Web.Downloads;
using Transparency.Web.Localization;

namespace Transparency.Web.Hosting;

/// <summary>The site's own services, registered by what they are for, so Program.cs reads as the pipeline.</summary>
public static class SiteServices
{
    /// <summary>
    /// The dataset: its paths (from configuration, so tests and hosts can point the site at another data/), the
    /// read-only database, the watcher that builds and swaps it, the downloads prepared from each build, and one
    /// *Queries class per feature. All singletons: they hold no state beyond the served file.
    /// </summary>
    public static IServiceCollection AddDataset(this IServiceCollection services)
    {
        services.AddSingleton(sp => DatasetPaths.Resolve(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton(sp => new Database(sp.GetRequiredService<DatasetPaths>().DatabasePath));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DatasetWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<DatasetWatcher>());
        services.AddSingleton<DatasetFiles>();
        // Prepares the /data files on disk in the background for every build the watcher serves.
        services.AddHostedService(sp => sp.GetRequiredService<DatasetFiles>());
        services.AddSingleton<DatasetQueries>();
        services.AddSingleton<OverviewQueries>();
        services.AddSingleton<GuideQueries>();
        services.AddSingleton<FigureQueries>();
        services.AddSingleton<RequestQueries>();
        services.AddSingleton<CaseQueries>();
        services.AddSingleton<TimelineQueries>();
        services.AddSingleton<SourceQueries>();
        services.AddSingleton<DocumentQueries>();
        services.AddSingleton<Transparency.Data.Search.SearchQueries>();
        services.AddSingleton<TableQueries>();
        services.AddSingleton<ViewStreams>();
        services.AddSingleton<CorrectionQueries>();
        services.AddSingleton<EventQueries>();
        services.AddSingleton<FeedQueries>();
        services.AddSingleton<GlossaryQueries>();
        return services;
    }

    /// <summary>Resource strings from frozen dictionaries, paid once instead of per page (issue #6).</summary>
    public static IServiceCollection AddSiteLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<IStringLocalizer<Strings>, FrozenStringLocalizer<Strings>>();
        services.AddSingleton<IStringLocalizer<EmbedStrings>, FrozenStringLocalizer<EmbedStrings>>();
        return services;
    }

    /// <summary>
    /// Razor components pull in antiforgery and so Data Protection, whose default key ring is written
    /// unencrypted under ~/.aspnet with a start-up warning. The site sets no cookies and has only GET forms (no
    /// token to protect), so its keys live in memory and die with the process. The framework's start-up service
    /// would still preload (and create, and warn about) the unused file-backed ring: it is removed, found by its
    /// type name (if a later framework renames it, the warning returns and nothing else changes).
    /// </summary>
    public static IServiceCollection AddInMemoryDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        var keyRingPreload = services.FirstOrDefault(d => d.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService");
        if (keyRingPreload is not null)
        {
            services.Remove(keyRingPreload);
        }
        return services;
    }
}
