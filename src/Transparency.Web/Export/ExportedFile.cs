namespace Transparency.Web.Export;

/// <summary>
/// One URL the live app answered, saved as <paramref name="File"/> (relative, '/'-separated) with the
/// headers a static host must repeat. <paramref name="ServedPath"/> is the path the host serves the file
/// under after its rewrites (a leading '/' plus <paramref name="File"/>).
/// </summary>
public sealed record ExportedFile(string Url, string File, string ContentType, IReadOnlyDictionary<string, string> Headers)
{
    public string ServedPath => "/" + File;
}
