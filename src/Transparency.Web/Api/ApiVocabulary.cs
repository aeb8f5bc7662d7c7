using V = Transparency.Data.Values;

namespace Transparency.Web.Api;

/// <summary>
/// The closed lists of values some fields take. The data's vocabularies come from their enums (whose text a
/// data test compares with schema.sql's CHECK lists); the few lists of the API's own are written here. The
/// OpenAPI document gives them as enums.
/// </summary>
public static class ApiVocabulary
{
    public static readonly IReadOnlyDictionary<string, string[]> Lists = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [nameof(Precision)] = Texts<V.DatePrecision>(),
        [nameof(SourceTier)] = Texts<V.SourceTier>(),
        [nameof(Basis)] = Texts<V.Basis>(),
        [nameof(DocumentKind)] = Texts<V.DocumentKind>(),
        [nameof(EventCategory)] = Texts<V.EventCategory>(),
        [nameof(SourceKind)] = Texts<V.SourceKind>(),
        [nameof(CaseStatus)] = Texts<V.CaseStatus>(),
        [nameof(RulingKind)] = Texts<V.RulingKind>(),
        [nameof(RulingOutcome)] = Texts<V.RulingOutcome>(),
        [nameof(RulingEffect)] = Texts<V.RulingEffect>(),
        [nameof(Qualifier)] = Texts<V.Qualifier>(),
        [nameof(RequestOutcome)] = Texts<V.RequestOutcome>(),
        [nameof(MentionKind)] = ["event", "ruling"],
        [nameof(CitingKind)] = ["event", "figure", "request", "case", "ruling", "open question", "guide"],
        [nameof(EventOrder)] = ["newest", "oldest"],
        [nameof(SearchKind)] = [.. V.Vocabulary.Texts<Transparency.Data.Search.SearchKind>()],
        [nameof(SearchLanguage)] = ["en", "es"],
    };

    private static string[] Texts<T>() where T : struct, Enum => [.. V.Vocabulary.Texts<T>()];

    /// <summary>An ISO 8601 date at day, month or year precision.</summary>
    public const string IsoDatePattern = @"^[0-9]{4}(-[0-1][0-9](-[0-3][0-9])?)?$";

    /// <summary>A stable id: a lowercase slug.</summary>
    public const string IdPattern = "^[a-z0-9][a-z0-9-]*$";

    public const string Precision = nameof(Precision);
    public const string SourceTier = nameof(SourceTier);
    public const string Basis = nameof(Basis);
    public const string DocumentKind = nameof(DocumentKind);
    public const string EventCategory = nameof(EventCategory);
    public const string SourceKind = nameof(SourceKind);
    public const string CaseStatus = nameof(CaseStatus);
    public const string RulingKind = nameof(RulingKind);
    public const string RulingOutcome = nameof(RulingOutcome);
    public const string RulingEffect = nameof(RulingEffect);
    public const string Qualifier = nameof(Qualifier);
    public const string RequestOutcome = nameof(RequestOutcome);
    public const string MentionKind = nameof(MentionKind);
    public const string CitingKind = nameof(CitingKind);
    public const string EventOrder = nameof(EventOrder);
    public const string SearchKind = nameof(SearchKind);
    public const string SearchLanguage = nameof(SearchLanguage);
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
