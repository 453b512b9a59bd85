using Connectors.Core;

namespace Connectors.OpenText.Exstream.Internal;

/// <summary>Unwraps <c>{ status, data }</c> envelopes into <see cref="Response{T}"/>.</summary>
internal static class Envelopes
{
    public static Response<T> Unwrap<T>(Response<ExstreamEnvelope<T>> response, string system)
    {
        var data = response.Value.Data;
        if (data is null)
        {
            throw new ConnectorSerializationException(system, "The response envelope has no data.")
            {
                Status = response.GetRawResponse().Status,
                RequestId = response.GetRawResponse().RequestId,
            };
        }

        return new Response<T>(data, response.GetRawResponse());
    }
}
