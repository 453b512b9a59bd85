using System.Text.Json;
using Connectors.Core;

namespace Connectors.OpenText.TradingGrid;

/// <summary>Reads Trading Grid error bodies (<c>{ code, message, details }</c>) and OAuth errors (<c>{ error, error_description }</c>).</summary>
internal static class TradingGridErrorParser
{
    public static ErrorDetails Parse(int statusCode, string body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return ErrorDetails.None;
        }

        try
        {
            var error = JsonSerializer.Deserialize(body, TradingGridJsonContext.Default.ErrorBody);
            if (error is null)
            {
                return ErrorDetails.None;
            }

            var fields = error.Details?
                .Where(d => d.Field is not null)
                .Select(d => new FieldError(d.Field!, d.Message ?? string.Empty))
                .ToArray();
            return new ErrorDetails(error.Code ?? error.Error, error.Message ?? error.ErrorDescription, fields);
        }
        catch (JsonException)
        {
            return ErrorDetails.None;
        }
    }
}
