namespace Transparency.Web.Hosting;

/// <summary>
/// Headers on every response. No script may run at all (script-src falls back to 'none'), and no inline
/// style either: every style is one of the site's stylesheets (MudBlazor's theme included), so a page has
/// no &lt;style&gt; element and no style attribute. Only embeds may be framed.
/// </summary>
public static class SecurityHeaders
{
    private const string Policy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors ";

    private const string PagePolicy = Policy + "'none'";
    private const string EmbedPolicy = Policy + "*";

    private const string Permissions =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), " +
        "gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), " +
        "screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), browsing-topics=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var embeddable = context.Request.Path.StartsWithSegments("/embed", StringComparison.OrdinalIgnoreCase)
                || context.Request.Path.StartsWithSegments("/es/embed", StringComparison.OrdinalIgnoreCase);
            headers.ContentSecurityPolicy = embeddable ? EmbedPolicy : PagePolicy;
            if (!embeddable)
            {
                headers.XFrameOptions = "DENY";
            }
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = Permissions;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.Remove("Server");
            headers.Remove("X-Powered-By");
            return Task.CompletedTask;
        });
        return next(context);
    });
}
