using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Transparency.Web.Api;

public static class ApiServices
{
    /// <summary>The JSON contract, the CORS policy and the OpenAPI document of the /api/v1 endpoints.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        // Public data: any origin may read it, nobody may send credentials, nothing but GET and HEAD.
        services.AddCors(options => options.AddPolicy(ApiEndpoints.CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .AllowAnyHeader()
            .WithExposedHeaders("ETag")
            .SetPreflightMaxAge(TimeSpan.FromDays(1))));
        services.AddOpenApi(options =>
        {
            // The document describes the API only, whatever else the site maps.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
            options.CreateSchemaReferenceId = type => type.Type.Namespace == typeof(ApiServices).Namespace
                ? SchemaName(type.Type)
                : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
            options.AddSchemaTransformer(AddAllowedValuesAsync);
            options.AddDocumentTransformer<ApiDocumentTransformer>();
        });
        return services;
    }

    /// <summary>A property marked [ApiValues] gets its closed list as an enum (plus null when it may be null).</summary>
    private static Task AddAllowedValuesAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.AttributeProvider is MemberInfo member && member.GetCustomAttribute<ApiValuesAttribute>() is { } values)
        {
            var allowed = ApiVocabulary.Lists[values.Vocabulary].Select(v => (JsonNode)JsonValue.Create(v)).ToList();
            if (schema.Type?.HasFlag(JsonSchemaType.Null) == true)
            {
                allowed.Add(JsonNullSentinel.JsonNull);
            }
            schema.Enum = allowed;
        }
        return Task.CompletedTask;
    }

    /// <summary>"ApiEvent" is "Event"; "ApiPage&lt;ApiEvent&gt;" is "EventPage".</summary>
    private static string SchemaName(Type type)
    {
        static string Bare(Type t) => t.Name.StartsWith("Api", StringComparison.Ordinal) ? t.Name[3..].Split('`')[0] : t.Name.Split('`')[0];
        return type.IsGenericType
            ? string.Concat(type.GetGenericArguments().Select(Bare)) + Bare(type)
            : Bare(type);
    }
}
