using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Transparency.Web.Api;

/// <summary>
/// What the framework's binding and validation do not do for a query string: refuse a parameter the endpoint
/// does not take or one given twice (a typo must not silently widen a result someone will publish), and name the
/// parameter whose value could not be bound. The parameters an endpoint takes are read from its handler's
/// [AsParameters] records, the same ones the framework binds and documents, so the three cannot disagree.
/// </summary>
public static class ApiQueryCheck
{
    private sealed record Bound(string Name, PropertyInfo Property);

    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var bound = BoundBy(factory.MethodInfo);
        var names = bound.Select(b => b.Name).ToList();
        return context =>
        {
            var http = context.HttpContext;
            foreach (var (name, values) in http.Request.Query)
            {
                if (!names.Contains(name, StringComparer.Ordinal))
                {
                    return Refuse(http, name, names.Count == 0
                        ? $"Unknown query parameter “{Shorten(name)}”: this endpoint takes none."
                        : $"Unknown query parameter “{Shorten(name)}”. This endpoint takes: {string.Join(", ", names)}.");
                }
                if (values.Count > 1)
                {
                    return Refuse(http, name, $"The query parameter “{name}” was given {values.Count} times; give it once.");
                }
            }
            // The framework answers a value it cannot bind (page=ten) with a bare 400 and runs the filters without
            // the handler: say which parameter, and what it takes.
            if (http.Response.StatusCode == StatusCodes.Status400BadRequest)
            {
                var unreadable = bound.FirstOrDefault(b => IsWholeNumber(b.Property) && http.Request.Query[b.Name] is [{ Length: > 0 } value]
                    && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _));
                if (unreadable is not null)
                {
                    var range = unreadable.Property.GetCustomAttribute<RangeAttribute>();
                    return Refuse(http, unreadable.Name, range is null
                        ? $"The parameter “{unreadable.Name}” must be a whole number."
                        : $"The parameter “{unreadable.Name}” must be a whole number from {range.Minimum} to {range.Maximum}.");
                }
                return Refuse(http, http.Request.Query.Keys.FirstOrDefault() ?? "", "A query parameter could not be read.");
            }
            return next(context);
        };
    }

    /// <summary>The query parameter a validation error's key (a property of an [AsParameters] record) stands for.</summary>
    public static string QueryNameOf(HttpContext context, string key)
    {
        var method = context.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>();
        var last = key[(key.LastIndexOf('.') + 1)..];
        var found = method is null ? null : BoundBy(method).FirstOrDefault(b =>
            Loose(b.Property.Name) == Loose(last) || Loose(b.Name) == Loose(last));
        return found?.Name ?? last;

        static string Loose(string name) => name.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();
    }

    private static ValueTask<object?> Refuse(HttpContext http, string parameter, string detail)
    {
        // The framework may already have set 400 for a value it could not bind; the problem sets its own status.
        return ValueTask.FromResult<object?>(ApiProblems.BadParameter(http, Shorten(parameter), detail));
    }

    /// <summary>Query parameters of the handler's [AsParameters] records, by the names they are bound from.</summary>
    private static List<Bound> BoundBy(MethodInfo method) => method.GetParameters()
        .Where(p => p.GetCustomAttribute<AsParametersAttribute>() is not null)
        .SelectMany(p => p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        .Where(p => p.GetCustomAttributes().OfType<IFromQueryMetadata>().Any())
        .Select(p => new Bound(p.GetCustomAttributes().OfType<IFromQueryMetadata>().First().Name ?? p.Name, p))
        .ToList();

    private static bool IsWholeNumber(PropertyInfo property) =>
        (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) == typeof(int);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
