using System.Text.Json.Serialization;
using Connectors.Scenarios.Events;

namespace Connectors.Scenarios.PostgreSql;

[JsonSerializable(typeof(EventEnvelope))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class PostgresJsonContext : JsonSerializerContext
{
}
