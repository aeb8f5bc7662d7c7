using System.Text.Json.Nodes;
using Transparency.Data.Dataset;
using Transparency.Data.Downloads;

namespace Transparency.Web.Downloads;

/// <summary>JSON twins of the CSVs: typed values (numbers, booleans, null for not reported).</summary>
public static class JsonExport
{
    public static byte[] Table(DatasetInfo info, TableInfo table, IReadOnlyList<object?[]> rows)
    {
        var data = new JsonArray();
        foreach (var row in rows)
        {
            var item = new JsonObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];
                item[column.Name] = row[i] switch
                {
                    null => null,
                    long n when column.IsBoolean => JsonValue.Create(n == 1),
                    long n => JsonValue.Create(n),
                    double d => JsonValue.Create(d),
                    var v => JsonValue.Create(v.ToString()),
                };
            }
            data.Add(item);
        }
        return Envelope(info, table.Name, table.Description, data);
    }

    /// <summary>The common wrapper: what the rows are, which dataset version, under which license.</summary>
    public static byte[] Envelope(DatasetInfo info, string name, string description, JsonArray rows, JsonObject? filters = null)
    {
        var document = new JsonObject
        {
            ["name"] = name,
            ["description"] = description,
            ["dataset_version"] = info.Version,
            ["as_of"] = info.AsOf,
            ["license"] = info.License,
            ["license_url"] = info.LicenseUrl,
            ["filters"] = filters,
            ["row_count"] = rows.Count,
            ["rows"] = rows,
        };
        return System.Text.Encoding.UTF8.GetBytes(document.ToJsonString(DatasetFiles.Json));
    }
}
