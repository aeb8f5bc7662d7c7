using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Transparency.Web.Tests.Api;

/// <summary>The app's real logging configuration, with every message that passes it captured.</summary>
public sealed class ApiLoggingTests(SiteFactory factory)
{
    [Fact]
    public async Task Neither_query_strings_nor_client_addresses_reach_the_logs()
    {
        var captured = new CapturingLoggerProvider();
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(captured)));
        using var client = app.CreateClient();

        foreach (var url in new[] { "/api/v1/events?q=secret-reader-query", "/api/v1/events?category=secret-reader-query", "/api/v1/nowhere?secret-reader-query=1" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("X-Forwarded-For", "203.0.113.77");
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        }

        Assert.NotEmpty(captured.Messages);
        Assert.DoesNotContain(captured.Messages, m => m.Contains("secret-reader-query", StringComparison.Ordinal));
        Assert.DoesNotContain(captured.Messages, m => m.Contains("203.0.113.77", StringComparison.Ordinal));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Messages);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}
