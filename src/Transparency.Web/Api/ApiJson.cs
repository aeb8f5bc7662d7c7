using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace Transparency.Web.Api;

/// <summary>
/// The API's JSON contract: snake_case names, the CSV column names. The renaming is scoped to the types in
/// this namespace and plugged into the app's HTTP JSON options, so the OpenAPI generator (which reads
/// those options) describes exactly what the API writes, and nobody else's JSON changes.
/// </summary>
public sealed class ApiJson : IJsonTypeInfoResolver
{
    private static readonly string ApiNamespace = typeof(ApiJson).Namespace!;

    private readonly DefaultJsonTypeInfoResolver _inner = new() { Modifiers = { SnakeCase } };

    public static void Configure(JsonSerializerOptions options)
    {
        options.TypeInfoResolverChain.Insert(0, new ApiJson());
        // The web defaults also read numbers from strings, which makes every number in the schemas
        // "number or string"; the API only writes real numbers, and the site reads no JSON bodies.
        options.NumberHandling = JsonNumberHandling.Strict;
        // ASP.NET's HTTP JSON defaults use the relaxed encoder, which writes <, >, & and quotes raw: an id or path
        // echoed in a problem came back as live markup. This one escapes them (\u003C) and keeps accents readable.
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    }

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        type.Namespace == ApiNamespace ? _inner.GetTypeInfo(type, options) : null;

    private static void SnakeCase(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        foreach (var property in typeInfo.Properties)
        {
            if (property.AttributeProvider is MemberInfo member && member.GetCustomAttribute<JsonPropertyNameAttribute>() is null)
            {
                property.Name = JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Name);
            }
        }
    }
}
