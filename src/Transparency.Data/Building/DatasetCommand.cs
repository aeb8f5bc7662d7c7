namespace Transparency.Data.Building;

/// <summary>
/// The dataset commands, run through the web project's entry (<c>dotnet run --project src/Transparency.Web --
/// validate|build|generate ...</c>) but kept beside the builder they drive. <c>validate</c> and <c>build</c>
/// run the same checks (<see cref="DatasetBuilder.Validate"/> is the build without the file), print every
/// problem as <c>file:line:column (column 'name'): reason</c> and a summary line, and exit 1 when there is an
/// error. Warnings are printed but never fail. Exit 2 is a usage error.
/// </summary>
public static class DatasetCommand
{
    private const int Invalid = 1;
    private const int Usage = 2;

    /// <summary><c>validate [--data DIR]</c>: checks data/ without writing or replacing any database.</summary>
    public static int Validate(string[] args, TextWriter output, TextWriter error)
    {
        if (ParseOptions(args, ["--data"], error) is not { } options)
        {
            error.WriteLine("usage: validate [--data DIR]");
            return Usage;
        }
        var data = DataDirectory(options);
        var report = DatasetBuilder.Validate(data);
        foreach (var problem in report.Errors.Concat(report.Warnings))
        {
            output.WriteLine(problem);
        }
        // Counted only over data that passed every check, as build prints it.
        if (report.IsValid && report.Sourcing is { } sourcing)
        {
            output.WriteLine(sourcing);
        }
        output.WriteLine(report.Summary(Label(options)));
        return report.IsValid ? 0 : Invalid;
    }

    /// <summary><c>build [--data DIR] [--out FILE]</c>: schema + CSVs → SQLite, replacing the file only when valid.</summary>
    public static int Build(string[] args, TextWriter output, TextWriter error)
    {
        if (ParseOptions(args, ["--data", "--out"], error) is not { } options)
        {
            error.WriteLine("usage: build [--data DIR] [--out FILE]");
            return Usage;
        }
        var data = DataDirectory(options);
        var outputPath = Path.GetFullPath(options.GetValueOrDefault("--out") ?? Path.Combine(data, "..", "artifacts", "transparency.db"));
        try
        {
            var result = DatasetBuilder.Build(data, outputPath);
            foreach (var warning in result.Warnings)
            {
                output.WriteLine(warning);
            }
            if (result.Sourcing is { } sourcing)
            {
                output.WriteLine(sourcing);
            }
            output.WriteLine($"Built {result.DatabasePath}: dataset {result.DatasetVersion}, inputs sha256 {result.InputsSha256}");
            return 0;
        }
        catch (DatasetBuildException ex)
        {
            foreach (var problem in ex.Report.Errors.Concat(ex.Report.Warnings))
            {
                error.WriteLine(problem);
            }
            error.WriteLine(ex.Report.Summary(Label(options)));
            error.WriteLine($"Nothing was written; {outputPath} is unchanged.");
            return Invalid;
        }
    }

    /// <summary>
    /// <c>generate --scale N --out DIR [--data DIR]</c>: a synthetic data set N times the real one (events and
    /// request batches at least N × 1000 rows), deterministic, that <c>validate</c> and <c>build</c> accept.
    /// </summary>
    public static int Generate(string[] args, TextWriter output, TextWriter error)
    {
        const string usage = """
            usage: generate --scale N --out DIR [--data DIR]
              Writes DIR/schema.sql, DIR/README.md and every CSV: each real row copied N times with new ids
              (suffix -s000123), valid references, citations and confidence labels, dates spread over 2025-2026,
              Spanish columns filled. events and request_batches get max(N x real rows, N x 1000) rows, so
              N = 1000 gives at least 1,000,000 of each. The same N always writes byte-identical files.
              SYNTHETIC DATA: for load and scale tests only, never publish it as facts.
            """;
        if (ParseOptions(args, ["--data", "--out", "--scale"], error) is not { } options
            || !options.TryGetValue("--out", out var outDirectory)
            || !int.TryParse(options.GetValueOrDefault("--scale"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var scale)
            || scale < 1)
        {
            error.WriteLine(usage);
            return Usage;
        }
        var data = DataDirectory(options);
        if (!File.Exists(Path.Combine(data, "schema.sql")))
        {
            error.WriteLine($"{Label(options)} has no schema.sql: pass the real data folder with --data DIR.");
            return Usage;
        }
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = SyntheticGenerator.Generate(data, Path.GetFullPath(outDirectory), scale);
        foreach (var (table, rows) in result.Rows)
        {
            output.WriteLine($"{table}.csv: {rows:N0} rows");
        }
        output.WriteLine($"Wrote a synthetic data set at scale {scale} to {Path.GetFullPath(outDirectory)} in {started.Elapsed.TotalSeconds:N1} s");
        return 0;
    }

    private static Dictionary<string, string>? ParseOptions(string[] args, string[] known, TextWriter error)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!known.Contains(args[i]))
            {
                error.WriteLine($"unknown argument '{args[i]}'");
                return null;
            }
            if (i + 1 >= args.Length)
            {
                error.WriteLine($"{args[i]} needs a value");
                return null;
            }
            options[args[i]] = args[++i];
        }
        return options;
    }

    private static string DataDirectory(Dictionary<string, string> options) =>
        Path.GetFullPath(options.GetValueOrDefault("--data") ?? Path.Combine(FindRepositoryRoot(Directory.GetCurrentDirectory()), "data"));

    /// <summary>How the summary names the folder: as typed after --data, else <c>data/</c>.</summary>
    private static string Label(Dictionary<string, string> options) =>
        options.TryGetValue("--data", out var typed) ? typed.TrimEnd('/', '\\') + "/" : "data/";

    private static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Transparency.sln")))
            {
                return dir.FullName;
            }
        }
        return start;
    }
}
