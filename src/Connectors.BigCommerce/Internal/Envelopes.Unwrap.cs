using Connectors.Core;

namespace Connectors.BigCommerce;

internal static class Envelopes
{
    /// <summary>Turns a v3 <c>{data}</c> response into a response of the data; a missing <c>data</c> is a typed error.</summary>
    public static Response<T> Unwrap<T>(Response<V3Envelope<T>> response)
        where T : class
    {
        var data = response.Value.Data
            ?? throw new ConnectorSerializationException(BigCommerceClient.SystemName, $"The response has no 'data' {typeof(T).Name}.")
            {
                Status = response.GetRawResponse().Status,
                RequestId = response.GetRawResponse().RequestId,
            };
        return new Response<T>(data, response.GetRawResponse());
    }
}
