using System.Globalization;

namespace Transparency.Web.Api;

/// <summary>
/// Reads and validates one request's query string. Unlike the HTML pages, which ignore bad filters, the
/// API refuses them: a typo must not silently widen a result someone will publish. The first problem
/// found is kept and answered as a 400 naming the parameter.
/// </summary>
public sealed class ApiQuery
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 100;
    public const int MaxPage = 100_000;
    public const int MaxTextLength = 200;

    private readonly HttpContext _context;

    public ApiQuery(HttpContext context, params string[] accepted)
    {
        _context = context;
        foreach (var (name, values) in context.Request.Query)
        {
            if (!accepted.Contains(name, StringComparer.Ordinal))
            {
                Fail(name, accepted.Length == 0
                    ? $"Unknown query parameter “{Shorten(name)}”: this endpoint takes none."
                    : $"Unknown query parameter “{Shorten(name)}”. This endpoint takes: {string.Join(", ", accepted)}.");
            }
            else if (values.Count > 1)
            {
                Fail(name, $"The query parameter “{name}” was given {values.Count} times; give it once.");
            }
        }
    }

    /// <summary>The 400 answer for the first bad parameter, or null when the query is good.</summary>
    public IResult? Problem { get; private set; }

    /// <summary>An optional value that must be one of <paramref name="allowed"/>; null when absent or empty.</summary>
    public string? OneOf(string name, IEnumerable<string> allowed)
    {
        var value = Raw(name);
        if (value is null)
        {
            return null;
        }
        var options = allowed.ToList();
        if (options.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }
        Fail(name, $"Unknown {name} “{Shorten(value)}”. Allowed: {string.Join(", ", options)}.");
        return null;
    }

    /// <summary>Free text, trimmed, at most <see cref="MaxTextLength"/> characters; null when absent or blank.</summary>
    public string? Text(string name)
    {
        var value = Raw(name)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (value.Length > MaxTextLength)
        {
            Fail(name, $"The parameter “{name}” is {value.Length} characters long; the most is {MaxTextLength}.");
            return null;
        }
        return value;
    }

    /// <summary>An optional whole number in [min, max]; <paramref name="fallback"/> when absent.</summary>
    public int WholeNumber(string name, int min, int max, int fallback)
    {
        var value = Raw(name);
        if (value is null)
        {
            return fallback;
        }
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Fail(name, $"The parameter “{name}” must be a whole number from {min} to {max}; got “{Shorten(value)}”.");
            return fallback;
        }
        return number;
    }

    public (int Page, int PageSize) Paging() =>
        (WholeNumber("page", 1, MaxPage, 1), WholeNumber("page_size", 1, MaxPageSize, DefaultPageSize));

    private string? Raw(string name)
    {
        var values = _context.Request.Query[name];
        return values.Count == 1 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
    }

    private void Fail(string name, string detail) =>
        Problem ??= ApiResults.BadParameter(_context, Shorten(name), detail);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
