using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Transparency.Web.Api;

/// <summary>An error as RFC 9457 problem details; <see cref="Parameter"/> names the query parameter at fault.</summary>
public sealed record ApiProblem
{
    [Description("A URI naming the kind of problem (the HTTP status's section of RFC 9110).")]
    public required string Type { get; init; }
    [Description("The HTTP status phrase.")]
    public required string Title { get; init; }
    [Description("The HTTP status code.")]
    public required int Status { get; init; }
    [Description("What was wrong, in words, and what is allowed.")]
    public required string Detail { get; init; }
    [Description("The path that was asked for (without its query string).")]
    public required string Instance { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Description("The query parameter at fault; only on 400s.")]
    public string? Parameter { get; init; }
}
