using System.Text.Json.Nodes;
using Transparency.Data.Dataset;
using Transparency.Data.Downloads;

namespace Transparency.Web.Downloads;

/// <summary>
/// The Frictionless Data Package (v2) descriptor, generated from the built file: every table's fields,
/// types, constraints (required, unique, enum), primary and foreign keys, hashes and sizes.
/// </summary>
public static class DataPackage
{
    // v2 also allows labelled missing values as objects; the validator the tests run (datapackage-js)
    // reads only the string form, so the label lives in each resource's description instead.
    private const string MissingLabel = "An empty cell means not reported or not applicable; it never means zero.";

    private static bool IsDate(string column) =>
        column.EndsWith("_on", StringComparison.Ordinal) || column.EndsWith("_on_alt", StringComparison.Ordinal)
        || column is "as_of" or "coverage_end";

    public static JsonObject Build(DatasetInfo info, IReadOnlyList<TableInfo> tables, IReadOnlyDictionary<string, DatasetFile> files)
    {
        var resources = new JsonArray();
        foreach (var table in tables)
        {
            var file = files[table.Name + ".csv"];
            var fields = new JsonArray();
            foreach (var column in table.Columns)
            {
                var constraints = new JsonObject();
                if (column.Required)
                {
                    constraints["required"] = true;
                }
                if (column.Unique || (column.PrimaryKey && table.Columns.Count(c => c.PrimaryKey) == 1))
                {
                    constraints["unique"] = true;
                }
                if (column.AllowedValues.Count > 0 && !column.IsBoolean)
                {
                    constraints["enum"] = new JsonArray([.. column.AllowedValues.Select(v => JsonValue.Create(v))]);
                }
                if (IsDate(column.Name))
                {
                    // Dates carry their precision (YYYY, YYYY-MM or YYYY-MM-DD), so they are patterned strings.
                    constraints["pattern"] = column.Name is "coverage_end" or "as_of" && table.Name == "dataset" || column.Name == "corrected_on"
                        ? @"\d{4}-\d{2}-\d{2}"
                        : @"\d{4}(-\d{2}(-\d{2})?)?";
                }
                if (column.Type == "INTEGER" && !column.IsBoolean && column.Name is "rows" or "bytes" or "sort_order" or "pages" or "headline_rank")
                {
                    constraints["minimum"] = column.Name == "sort_order" ? 0 : 1;
                }
                var field = new JsonObject
                {
                    ["name"] = column.Name,
                    ["type"] = column.IsBoolean ? "boolean" : column.Type switch { "INTEGER" => "integer", "REAL" => "number", _ => "string" },
                    ["description"] = column.Meaning,
                };
                if (column.IsBoolean)
                {
                    field["trueValues"] = new JsonArray("1");
                    field["falseValues"] = new JsonArray("0");
                }
                if (constraints.Count > 0)
                {
                    field["constraints"] = constraints;
                }
                fields.Add(field);
            }
            var schema = new JsonObject
            {
                ["fields"] = fields,
                ["missingValues"] = new JsonArray(""),
            };
            var primaryKey = table.Columns.Where(c => c.PrimaryKey).Select(c => c.Name).ToList();
            if (primaryKey.Count > 0)
            {
                schema["primaryKey"] = new JsonArray([.. primaryKey.Select(k => JsonValue.Create(k))]);
            }
            var foreignKeys = new JsonArray();
            foreach (var column in table.Columns.Where(c => c.ReferencesTable is not null))
            {
                foreignKeys.Add(new JsonObject
                {
                    ["fields"] = new JsonArray(column.Name),
                    // A self-reference names no resource (agencies.parent_id).
                    ["reference"] = column.ReferencesTable == table.Name
                        ? new JsonObject { ["resource"] = "", ["fields"] = new JsonArray(column.ReferencesColumn) }
                        : new JsonObject { ["resource"] = column.ReferencesTable, ["fields"] = new JsonArray(column.ReferencesColumn) },
                });
            }
            if (foreignKeys.Count > 0)
            {
                schema["foreignKeys"] = foreignKeys;
            }
            if (table.UniqueKeys.Count > 0)
            {
                schema["uniqueKeys"] = new JsonArray([.. table.UniqueKeys.Select(k => (JsonNode)new JsonArray([.. k.Select(c => JsonValue.Create(c))]))]);
            }
            resources.Add(new JsonObject
            {
                ["name"] = table.Name.Replace('_', '-'),
                ["path"] = file.Name,
                ["type"] = "table",
                ["title"] = table.Name,
                ["description"] = $"{table.Description} {MissingLabel}".Trim(),
                ["format"] = "csv",
                ["mediatype"] = "text/csv",
                ["encoding"] = "utf-8",
                ["bytes"] = file.Length,
                ["hash"] = "sha256:" + file.Sha256,
                ["dialect"] = new JsonObject { ["delimiter"] = ",", ["quoteChar"] = "\"", ["doubleQuote"] = true, ["header"] = true, ["lineTerminator"] = "\r\n" },
                ["schema"] = schema,
            });
        }
        // Resource names must be lowercase with - _ . only; foreign keys refer to them by name.
        foreach (var resource in resources.OfType<JsonObject>())
        {
            foreach (var fk in (resource["schema"]?["foreignKeys"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var reference = (JsonObject)fk["reference"]!;
                if (reference["resource"]?.GetValue<string>() is { Length: > 0 } target)
                {
                    reference["resource"] = target.Replace('_', '-');
                }
            }
        }
        return new JsonObject
        {
            ["$schema"] = "https://datapackage.org/profiles/2.0/datapackage.json",
            ["name"] = "transparency-irs-ice-data-sharing",
            ["id"] = "transparency-irs-ice-data-sharing/" + info.Version,
            ["title"] = info.Title,
            ["description"] = info.Description + " " + MissingLabel,
            ["version"] = info.Version,
            ["created"] = info.BuiltAt,
            ["keywords"] = new JsonArray("IRS", "ICE", "DHS", "taxpayer data", "immigration enforcement", "court rulings", "section 6103"),
            ["licenses"] = new JsonArray(new JsonObject
            {
                ["name"] = "CC-BY-4.0",
                ["path"] = info.LicenseUrl,
                ["title"] = "Creative Commons Attribution 4.0 International",
            }),
            ["contributors"] = new JsonArray(new JsonObject { ["title"] = info.Publisher, ["roles"] = new JsonArray("publisher", "creator") }),
            ["sources"] = new JsonArray(new JsonObject
            {
                ["title"] = "Public news reports, court records and government documents; every one is listed with its URL in sources.csv",
                ["path"] = "sources.csv",
            }),
            ["resources"] = resources,
        };
    }
}
