namespace Transparency.Web.Downloads;

/// <summary>
/// A downloadable file as written to disk: its size and checksum, and those of its gzip copy when it is text
/// (CSV and JSON are compressed once when written, never per request).
/// </summary>
public sealed record DatasetFile(string Name, string ContentType, long Length, string Sha256, long? GzipLength = null, string? GzipSha256 = null)
{
    /// <summary>The gzip copy sits beside the file under this name.</summary>
    public string GzipName => Name + ".gz";
}
