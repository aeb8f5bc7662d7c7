using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Transparency.Web.Api;

public static class ApiServices
{
    /// <summary>The JSON contract, validation, problem details, the CORS policy and the OpenAPI document of the /api/v1 endpoints.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        // DataAnnotations on the [AsParameters] records, checked by the framework before a handler runs; its
        // 400s are written by ApiProblems like every other API error.
        services.AddValidation();
        services.AddSingleton<IProblemDetailsService, ApiProblems.Service>();
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
            options.AddOperationTransformer<ApiOperationTransformer>();
            options.AddDocumentTransformer<ApiDocumentTransformer>();
        });
        return services;
    }

    /// <summary>
    /// The generator does not turn [AllowedValues] into an enum: a property or query parameter that carries it
    /// (an [ApiValues] list) gets its values as the enum, plus null when it may be null.
    /// </summary>
    private static Task AddAllowedValuesAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(ProblemDetails))
        {
            // An extension member the generator cannot see (ProblemDetails keeps extensions in a dictionary).
            schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
            schema.Properties[ApiProblems.ParameterKey] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "The query parameter at fault; only on 400s.",
            };
        }
        var attribute = context.JsonPropertyInfo?.AttributeProvider is MemberInfo member
            ? member.GetCustomAttribute<AllowedValuesAttribute>()
            : context.ParameterDescription?.ParameterDescriptor is IParameterInfoParameterDescriptor parameter
                ? parameter.ParameterInfo.GetCustomAttribute<AllowedValuesAttribute>()
                : null;
        if (attribute is not null)
        {
            var allowed = attribute.Values.Select(v => (JsonNode?)JsonValue.Create(v?.ToString())).ToList();
            if (context.JsonPropertyInfo is not null && schema.Type?.HasFlag(JsonSchemaType.Null) == true)
            {
                allowed.Add(JsonNullSentinel.JsonNull);
            }
            schema.Enum = allowed!;
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
