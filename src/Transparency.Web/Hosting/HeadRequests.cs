namespace Transparency.Web.Hosting;

/// <summary>
/// HEAD answers what GET would, without the body (RFC 9110 §9.3.2). Pages are Razor component endpoints,
/// which map GET and POST only, and /data/{file} was mapped with GET: `curl -I`, link checkers and CDNs
/// that probe with HEAD got 405. Endpoints are chosen as for GET; the request is HEAD again before any
/// endpoint or middleware runs, so Kestrel sends headers only and a file result skips reading the file.
/// </summary>
public static class HeadRequests
{
    private static readonly object Key = new();

    /// <summary>Wraps endpoint selection (routing): call in place of <c>UseRouting</c>.</summary>
    public static IApplicationBuilder UseRoutingWithHeadAsGet(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Items[Key] = true;
                context.Request.Method = HttpMethods.Get;
            }
            return next(context);
        });
        app.UseRouting();
        return app.Use((context, next) =>
        {
            if (context.Items.ContainsKey(Key))
            {
                context.Request.Method = HttpMethods.Head;
            }
            return next(context);
        });
    }
}
