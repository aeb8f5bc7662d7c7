namespace Transparency.Web.Hosting;

/// <summary>
/// Endpoint metadata: the endpoint sets its own ETag (and answers If-None-Match itself), so the ETag
/// middleware must not buffer its body to hash it: the body streams straight out, however large.
/// </summary>
/// <param name="Precompressed">
/// The endpoint sends its own gzip copy (or identity) and must never be compressed per request: response
/// compression is kept off it by hiding Accept-Encoding from it; the endpoint reads the original from
/// <see cref="AcceptEncodingKey"/>.
/// </param>
public sealed record OwnValidators(bool Precompressed = false)
{
    /// <summary>HttpContext.Items key of the request's Accept-Encoding for a <see cref="Precompressed"/> endpoint.</summary>
    public const string AcceptEncodingKey = "OwnValidators.AcceptEncoding";

    /// <summary>The Accept-Encoding the client sent, whether or not it was hidden from response compression.</summary>
    public static string AcceptEncoding(HttpContext context) =>
        context.Items.TryGetValue(AcceptEncodingKey, out var value) && value is string stashed
            ? stashed
            : context.Request.Headers.AcceptEncoding.ToString();
}
