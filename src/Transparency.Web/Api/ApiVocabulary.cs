namespace Transparency.Web.Api;

/// <summary>
/// The closed lists of values some fields take, as data/schema.sql constrains them. The OpenAPI document
/// gives them as enums; a test compares them with the schema's CHECK lists so the two cannot drift.
/// </summary>
public static class ApiVocabulary
{
    public static readonly IReadOnlyDictionary<string, string[]> Lists = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [nameof(Precision)] = ["day", "month", "year"],
        [nameof(Confidence)] = ["confirmed-court-record", "official-statement", "reported", "conflicting"],
        [nameof(EventCategory)] = ["filing", "hearing", "request", "statement", "disclosure", "court-ruling", "policy", "agreement", "oversight", "correction", "testimony"],
        [nameof(SourceKind)] = ["news", "court-record", "government", "congress", "advocacy", "legal-analysis", "transcript", "aggregator", "blog"],
        [nameof(CaseStatus)] = ["relief-granted", "relief-denied", "appeal-pending", "partly-lifted", "closed", "unknown"],
        [nameof(RulingKind)] = ["tro", "preliminary-injunction", "stay-and-preliminary-injunction", "order", "indicative-ruling", "memorandum-opinion", "appeal-opinion", "modification"],
        [nameof(RulingOutcome)] = ["granted", "granted-in-part", "denied", "affirmed", "partly-lifted", "ordered", "indicated"],
        [nameof(Qualifier)] = ["exact", "about", "more-than", "less-than", "nearly", "at-most", "derived"],
        [nameof(RequestOutcome)] = ["declined", "rejected", "partly-fulfilled", "disputed"],
        [nameof(MentionKind)] = ["event", "ruling"],
        [nameof(CitingKind)] = ["event", "figure", "request", "case", "ruling", "open question"],
        [nameof(EventOrder)] = ["newest", "oldest"],
    };

    /// <summary>An ISO 8601 date at day, month or year precision.</summary>
    public const string IsoDatePattern = @"^[0-9]{4}(-[0-1][0-9](-[0-3][0-9])?)?$";

    /// <summary>A stable id: a lowercase slug.</summary>
    public const string IdPattern = "^[a-z0-9][a-z0-9-]*$";

    public const string Precision = nameof(Precision);
    public const string Confidence = nameof(Confidence);
    public const string EventCategory = nameof(EventCategory);
    public const string SourceKind = nameof(SourceKind);
    public const string CaseStatus = nameof(CaseStatus);
    public const string RulingKind = nameof(RulingKind);
    public const string RulingOutcome = nameof(RulingOutcome);
    public const string Qualifier = nameof(Qualifier);
    public const string RequestOutcome = nameof(RequestOutcome);
    public const string MentionKind = nameof(MentionKind);
    public const string CitingKind = nameof(CitingKind);
    public const string EventOrder = nameof(EventOrder);
}

/// <summary>
/// A property (or query parameter) whose value is one of an <see cref="ApiVocabulary"/> list. The OpenAPI
/// document gives the list as an enum; on a query parameter the framework's validation refuses any other value,
/// while leaving it out (or empty) is allowed.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ApiValuesAttribute : System.ComponentModel.DataAnnotations.AllowedValuesAttribute
{
    public ApiValuesAttribute(string vocabulary)
        : base(ApiVocabulary.Lists[vocabulary])
    {
        Vocabulary = vocabulary;
        ErrorMessage = $"The parameter {{0}} must be one of: {string.Join(", ", ApiVocabulary.Lists[vocabulary])}.";
    }

    public string Vocabulary { get; }

    public override bool IsValid(object? value) => value is null or "" || base.IsValid(value);
}
