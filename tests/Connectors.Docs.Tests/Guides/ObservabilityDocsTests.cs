using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Connectors.BigCommerce;
using Connectors.Docs.Tests.Builder;
using Connectors.Emulators.BigCommerce;
using Connectors.Emulators.CoreCase;
using Connectors.Emulators.OpenTextIdentity;
using Connectors.Recipes.OrderExceptions;
using Connectors.Scenarios.Telemetry;
using Connectors.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Connectors.Docs.Tests.Guides;

/// <summary>
/// docs/observability.md: one recipe run seen through OpenTelemetry (the trace on the page is this run's), and the
/// page's tables of spans, metrics and log events kept equal to what the code emits.
/// </summary>
public sealed partial class ObservabilityDocsTests
{
    private const string Page = "docs/observability.md";

    [Fact]
    public async Task A_recipe_run_is_one_trace_with_the_documented_spans_and_attributes_and_no_secret_anywhere()
    {
        var run = await RunOrderExceptionAsync();

        var process = Assert.Single(run.Spans, s => s.DisplayName == $"{OrderExceptionRecipe.Id} process");
        var trace = run.Spans.Where(s => s.TraceId == process.TraceId).ToList();
        Assert.Equal(ActivityKind.Consumer, process.Kind);
        Assert.Equal(OrderExceptionRecipe.Id, process.GetTagItem("connectors.scenario"));
        var correlationId = Assert.IsType<string>(process.GetTagItem(ScenarioTelemetry.CorrelationIdTag));
        Assert.Contains(trace, s => s.DisplayName == $"{OrderExceptionRecipe.Id} open-case" && (string?)s.GetTagItem("connectors.step") == "open-case");
        Assert.Contains(trace, s => s.DisplayName == $"{OrderExceptionRecipe.Id} link-order" && s.ParentSpanId == process.SpanId);
        var caseCall = Assert.Single(trace, s => s.DisplayName == "POST OpenText.CoreCase");
        Assert.Equal(ActivityKind.Client, caseCall.Kind);
        Assert.Equal("POST", caseCall.GetTagItem("http.request.method"));
        Assert.Matches("^/api/v1/case-definitions/[^/]+/cases$", (string)caseCall.GetTagItem("url.path")!);
        Assert.Equal(201, caseCall.GetTagItem("http.response.status_code"));
        Assert.Equal(correlationId, caseCall.GetTagItem(ScenarioTelemetry.CorrelationIdTag));
        Assert.Contains(trace, s => s.DisplayName == "PUT BigCommerce" || s.DisplayName == "POST BigCommerce");

        Assert.Contains("connectors.client.requests", run.MetricNames);
        Assert.Contains("connectors.client.request.duration", run.MetricNames);
        Assert.Contains("connectors.scenarios.events.completed", run.MetricNames);
        Assert.Contains("connectors.scenarios.event.duration", run.MetricNames);

        var everything = string.Join('\n', run.Spans.SelectMany(s => s.TagObjects.Select(t => $"{s.DisplayName} {t.Key}={t.Value}")).Concat(run.Logs));
        Assert.NotEmpty(run.Secrets);
        Assert.All(run.Secrets, secret => Assert.DoesNotContain(secret, everything, StringComparison.Ordinal));

        // The trace on the docs page is this run's: same spans, same nesting (ids, paths and times differ per run).
        Assert.Equal(Shape(Render(trace, process)), Shape(TraceOnPage()));
    }

    [Fact]
    public async Task The_page_lists_every_metric_and_log_event_the_code_emits_and_nothing_else()
    {
        await RunOrderExceptionAsync(); // creates the instruments of the engine and of the clients it calls
        var instruments = new SortedSet<string>(StringComparer.Ordinal);
        using (var listener = new MeterListener())
        {
            listener.InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter.Name.StartsWith("Connectors.", StringComparison.Ordinal))
                {
                    lock (instruments)
                    {
                        instruments.Add(instrument.Name);
                    }
                }
            };
            listener.Start();
        }

        var page = File.ReadAllText(Path.Combine(Repository.Root, Page));
        Assert.Equal(instruments, new SortedSet<string>(MetricRow().Matches(page).Select(m => m.Groups[1].Value), StringComparer.Ordinal));

        var events = new[] { typeof(Connectors.Core.Telemetry.ConnectorDiagnostics), typeof(ScenarioTelemetry), typeof(Connectors.AspNetCore.ConnectorsEndpointRouteBuilderExtensions) }
            .SelectMany(t => t.Assembly.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => $"{x.Method.DeclaringType!.Assembly.GetName().Name} {x.Attribute!.EventId} {x.Attribute.Level} {x.Method.Name}")
            .ToHashSet(StringComparer.Ordinal);
        var documented = LogRow().Matches(page).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value} {m.Groups[3].Value} {m.Groups[4].Value}").ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(events);
        Assert.Equal(events.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    private static async Task<RunCapture> RunOrderExceptionAsync()
    {
        var spans = new List<Activity>();
        var metrics = new List<MetricSnapshot>();
        var logs = new LogCapture();
        var secrets = new List<string> { BigCommerceEmulator.DefaultAccessToken, OpenTextIdentityEmulator.DefaultClientSecret, OpenTextIdentityEmulator.DefaultConsumerSecret, OpenTextIdentityEmulator.DefaultPassword };
        await using (var host = await RecipeTestHost.StartAsync(
            recipes => recipes.AddOrderExceptionToCase(o =>
            {
                o.CaseDefinitionId = CoreCaseState.DefaultCaseDefinitionId;
                o.PollFrom = DateTimeOffset.UtcNow.AddMinutes(-1);
            }),
            services =>
            {
                services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
                services.AddOpenTelemetry()
                    .WithTracing(tracing => tracing.AddSource("Connectors.*").AddInMemoryExporter(spans))
                    .WithMetrics(meters => meters.AddMeter("Connectors.*").AddInMemoryExporter(metrics));
            }))
        {
            var order = new CreateOrderRequest
            {
                CustomerId = 1,
                Status = OrderStatus.Declined,
                BillingAddress = new OrderAddress { FirstName = "Jane", LastName = "Doe", Email = "jane.doe@example.com", Street1 = "1 Main St", City = "Austin", Zip = "78701", Country = "United States", CountryIso2 = "US" },
            };
            order.Products.Add(new CreateOrderProduct { ProductId = 77, Quantity = 1 });
            await host.Get<BigCommerceClient>().Orders.CreateAsync(order);

            await host.PollAsync(OrderExceptionRecipe.OrderPoller);

            Assert.NotEmpty(host.Systems.CoreCase.State.Cases);
            secrets.AddRange(host.Systems.Identity.ActiveTokens);
            host.Get<MeterProvider>().ForceFlush();
        }

        lock (spans)
        {
            return new RunCapture([.. spans], metrics.Select(m => m.Name).ToHashSet(StringComparer.Ordinal), logs.Lines, secrets);
        }
    }

    /// <summary>One line per span, indented by depth: name, kind and the attributes worth reading.</summary>
    private static List<string> Render(List<Activity> trace, Activity root)
    {
        var lines = new List<string>();
        void Add(Activity span, int depth)
        {
            var attributes = span.TagObjects.Where(t => t.Key is "connectors.step" or "http.request.method" or "url.path" or "http.response.status_code")
                .Select(t => $"{t.Key}={t.Value}");
            lines.Add($"{new string(' ', depth * 2)}{span.DisplayName} [{span.Kind}] {string.Join(' ', attributes)}".TrimEnd());
            foreach (var child in trace.Where(s => s.ParentSpanId == span.SpanId).OrderBy(s => s.StartTimeUtc))
            {
                Add(child, depth + 1);
            }
        }

        Add(root, 0);
        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "observability-trace.txt"), lines);
        return lines;
    }

    /// <summary>Name, kind and depth of each line: what stays the same from run to run.</summary>
    private static List<string> Shape(IEnumerable<string> lines)
        => lines.Select(l => ShapeOf().Match(l)).Select(m => m.Groups[1].Value).ToList();

    private static List<string> TraceOnPage()
    {
        var page = File.ReadAllLines(Path.Combine(Repository.Root, Page));
        var start = Array.IndexOf(page, "<!-- trace: BC-CC-1 -->");
        Assert.True(start >= 0, $"{Page} has no '<!-- trace: BC-CC-1 -->' block");
        return page.Skip(start + 2).TakeWhile(l => l != "```").ToList();
    }

    [GeneratedRegex(@"^(\s*\S.*?\[\w+\])")]
    private static partial Regex ShapeOf();

    [GeneratedRegex(@"^\| `(connectors\.[a-z_.]+)` \|", RegexOptions.Multiline)]
    private static partial Regex MetricRow();

    [GeneratedRegex(@"^\| (Connectors\.[A-Za-z.]+) \| (\d+) \| (\w+) \| `(\w+)` \|", RegexOptions.Multiline)]
    private static partial Regex LogRow();

    private sealed record RunCapture(List<Activity> Spans, HashSet<string> MetricNames, List<string> Logs, List<string> Secrets);

    private sealed class LogCapture : ILoggerProvider
    {
        private readonly List<string> _lines = [];

        public List<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(LogCapture owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var line = new StringBuilder().Append(category).Append(' ').Append(formatter(state, exception)).Append(' ').Append(exception).ToString();
                lock (owner._lines)
                {
                    owner._lines.Add(line);
                }
            }
        }
    }
}
