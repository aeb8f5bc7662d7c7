using System.Text.Json;

namespace Transparency.Web.Tests.Api;

/// <summary>
/// Checks a JSON value against an OpenAPI 3.1 schema, for the keywords the document uses: $ref, type,
/// properties, required, additionalProperties, items, enum, pattern, minimum and maximum. Properties
/// the schema does not name are errors, so a body can never carry more than the document says.
/// </summary>
internal sealed class SchemaCheck(JsonElement document)
{
    public List<string> Errors { get; } = [];

    public void Check(JsonElement value, JsonElement schema, string at)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(value, Resolve(reference.GetString()!), at);
            return;
        }
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(value, type))
        {
            Errors.Add($"{at}: {value.ValueKind} is not {type}");
            return;
        }
        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.GetRawText() == value.GetRawText()))
        {
            Errors.Add($"{at}: {value.GetRawText()} is not one of {allowed.GetRawText()}");
        }
        if (schema.TryGetProperty("pattern", out var pattern) && value.ValueKind == JsonValueKind.String
            && !System.Text.RegularExpressions.Regex.IsMatch(value.GetString()!, pattern.GetString()!))
        {
            Errors.Add($"{at}: \"{value.GetString()}\" does not match {pattern.GetString()}");
        }
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (schema.TryGetProperty("minimum", out var min) && value.GetDouble() < min.GetDouble())
            {
                Errors.Add($"{at}: {value} is below {min}");
            }
            if (schema.TryGetProperty("maximum", out var max) && value.GetDouble() > max.GetDouble())
            {
                Errors.Add($"{at}: {value} is above {max}");
            }
        }
        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(value, schema, at);
        }
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, $"{at}[{i++}]");
            }
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, string at)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
            {
                Errors.Add($"{at}: required property {name} is missing");
            }
        }
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        var additional = schema.TryGetProperty("additionalProperties", out var a) ? a : default;
        foreach (var property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, $"{at}.{property.Name}");
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(property.Value, additional, $"{at}.{property.Name}");
            }
            else
            {
                Errors.Add($"{at}: property {property.Name} is not in the schema");
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        var node = document;
        foreach (var part in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }
        return node;
    }

    private static bool TypeMatches(JsonElement value, JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => KindMatches(value, t.GetString()!))
        : KindMatches(value, type.GetString()!);

    private static bool KindMatches(JsonElement value, string type) => type switch
    {
        "null" => value.ValueKind == JsonValueKind.Null,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        _ => false,
    };
}
