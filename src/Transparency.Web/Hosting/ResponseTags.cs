using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Transparency.Web.Hosting;

/// <summary>
/// The weak ETag of a response, from what the response is a function of: the served dataset build, this copy
/// of the code, the path (which carries the language: /es/...) and the query. Computed before anything is
/// rendered, so an If-None-Match is answered without rendering and no body is held to be hashed. Weak, because
/// the identity, gzip and Brotli bodies share it.
/// </summary>
public sealed class ResponseTags(DatasetWatcher watcher)
{
    /// <summary>
    /// Changes with any change to the code, the resource strings, the package versions or the fingerprinted
    /// assets the pages link, so a new release never answers 304 for a page it renders differently.
    /// </summary>
    private static readonly Lazy<byte[]> AppVersion = new(ComputeAppVersion);

    public EntityTagHeaderValue For(HttpRequest request)
    {
        var build = watcher.ServedInputsSha256 ?? "none";
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(AppVersion.Value);
        hash.AppendData(Encoding.UTF8.GetBytes(build));
        hash.AppendData(Encoding.UTF8.GetBytes(request.PathBase.Add(request.Path).Value ?? "/"));
        hash.AppendData(Encoding.UTF8.GetBytes(NormalizedQuery(request.Query)));
        return new EntityTagHeaderValue($"\"{build[..Math.Min(12, build.Length)]}-{Convert.ToHexStringLower(hash.GetHashAndReset(), 0, 12)}\"", isWeak: true);
    }

    /// <summary>
    /// The query as decoded names and values, sorted by name (values keep their order), so the same filters in
    /// another order or another percent-encoding get the same tag. Names and values are escaped, so no two
    /// different queries can run together into the same text.
    /// </summary>
    internal static string NormalizedQuery(IQueryCollection query)
    {
        // Most cached answers have no query (or one parameter): nothing to sort, nothing to allocate.
        if (query.Count == 0)
        {
            return "";
        }
        var text = new StringBuilder();
        foreach (var (name, values) in query.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var value in values)
            {
                text.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value ?? "")).Append('&');
            }
        }
        return text.ToString();
    }

    private static byte[] ComputeAppVersion()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var web = typeof(ResponseTags).Assembly;
        hash.AppendData(Encoding.UTF8.GetBytes(web.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? ""));
        // Module version ids change with every change to the compiled code (builds are deterministic).
        foreach (var assembly in new[] { web, typeof(Transparency.Data.Database).Assembly })
        {
            hash.AppendData(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        }
        // Package versions, the fingerprinted asset names and the Spanish strings live beside the assembly.
        var name = web.GetName().Name;
        foreach (var file in new[] { $"{name}.deps.json", $"{name}.staticwebassets.endpoints.json", Path.Combine("es", $"{name}.resources.dll") })
        {
            var path = Path.Combine(AppContext.BaseDirectory, file);
            if (File.Exists(path))
            {
                hash.AppendData(File.ReadAllBytes(path));
            }
        }
        return hash.GetHashAndReset();
    }
}
