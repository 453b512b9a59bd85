using Connectors.BigCommerce;
using Connectors.OpenText.CoreCase;
using Connectors.Recipes.OrderExceptions;
using Connectors.Scenarios.DependencyInjection;
using Connectors.Scenarios.Sqlite;

var builder = Host.CreateApplicationBuilder(args);
var configuration = builder.Configuration;

// The two systems of the order-exception recipes. In Development, appsettings.Development.json points them at
// the emulators (`connectors-emulators bigcommerce corecase`); elsewhere give the real systems' settings through
// user secrets, environment variables or a vault (README.md lists the keys).
builder.Services.AddBigCommerce(configuration.GetSection("BigCommerce"));
builder.Services.AddCoreCase(configuration.GetSection("CoreCase"));

var caseDefinitionId = configuration["Recipes:CaseDefinitionId"]
    ?? throw new InvalidOperationException("Recipes:CaseDefinitionId is required: the Core Case case type the order-exception recipes open.");
var regulatedCategoryIds = configuration.GetSection("Recipes:RegulatedCategoryIds").Get<int[]>() ?? [];

// The engine on SQLite (one host; see the hosting guide for several hosts on PostgreSQL) with section A of the
// catalog: BC-CC-1 to BC-CC-8, order exceptions opening Core Case cases. Engine options bind from "Scenarios",
// the recipes' shared options (PollInterval, PollFrom, AssigneeGroup) from "Recipes".
builder.Services
    .AddScenarios(options => configuration.GetSection("Scenarios").Bind(options))
    .UseSqliteStore(configuration["Scenarios:Database"] ?? Path.Combine(builder.Environment.ContentRootPath, "scenarios.db"))
    .AddOrderExceptionsRecipes(caseDefinitionId, each => configuration.GetSection("Recipes").Bind(each), regulatedCategoryIds);

await builder.Build().RunAsync();
