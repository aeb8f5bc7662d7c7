using System.Text.Json.Serialization;

namespace Transparency.Web.Api;

/// <summary>An error as RFC 9457 problem details; <see cref="Parameter"/> names the query parameter at fault.</summary>
public sealed record ApiProblem
{
    public required string Type { get; init; }
    public required string Title { get; init; }
    public required int Status { get; init; }
    public required string Detail { get; init; }
    public required string Instance { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Parameter { get; init; }
}
