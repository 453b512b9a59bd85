using Connectors.Core;
using Connectors.OpenText.Exstream.Internal;

namespace Connectors.OpenText.Exstream;

/// <summary>
/// Reads the design asset service (DAS) as OpenText publishes it, to find what to call: the domains, the communications
/// and other resources (with the published filters and 0-based page <c>offset</c>), the links between them, and a
/// communication set's manifest with its driver data source. <see cref="DescribeCommunicationAsync"/> does the whole walk.
/// Writes (import, state changes, content uploads) are published too but not modelled: call them with
/// <c>client.SendAsync(ApiRequest…)</c> (docs/api/exstream.md lists them).
/// </summary>
public class DesignService
{
    private readonly ApiConnection _api;
    private readonly string _domain;
    private readonly int _pageSize;

    internal DesignService(ApiConnection api, string domain, int pageSize)
    {
        _api = api;
        _domain = domain;
        _pageSize = pageSize;
    }

    /// <summary>For mocking.</summary>
    protected DesignService()
    {
        _api = null!;
        _domain = null!;
    }

    /// <summary>Lists the tenant's domains (<c>GET design/api/v1/domains</c>).</summary>
    public virtual AsyncPageable<ExstreamDomain> ListDomainsAsync()
        => ExstreamPaging.Create(_api, () => ApiRequest.Get(ExstreamRoutes.Domains), ExstreamJsonContext.Default.ExstreamPagedEnvelopeExstreamDomain, _pageSize, pagedFromFirstRequest: false);

    /// <summary>
    /// Lists the domain's resources (<c>GET design/api/v1/resources/{domain}</c>) with the published filters, paged by
    /// <c>count</c> and a 0-based page <c>offset</c>. <see cref="ResourceQuery.ApprovedCommunications"/> lists what can be generated.
    /// </summary>
    /// <param name="query">The filters; every resource version when null.</param>
    public virtual AsyncPageable<DesignResource> ListResourcesAsync(ResourceQuery? query = null)
    {
        var filters = query ?? new ResourceQuery();
        return ExstreamPaging.Create(
            _api,
            () => ApiRequest.Get(ExstreamRoutes.Resources(_domain))
                .WithQuery("filter.types", Join(filters.Types.Select(t => t.Value)))
                .WithQuery("filter.states", Join(filters.States.Select(s => s.Value)))
                .WithQuery("filter.latestVersion", filters.LatestVersion),
            ExstreamJsonContext.Default.ExstreamPagedEnvelopeDesignResource,
            _pageSize);
    }

    /// <summary>Lists the links from a subject resource (<c>GET design/api/v1/links/{domain}</c>), e.g. a communication's set.</summary>
    /// <param name="query">The subject, depth and object filters.</param>
    public virtual AsyncPageable<ResourceLink> ListLinksAsync(LinkQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(query.SubjectId);
        return ExstreamPaging.Create(
            _api,
            () => ApiRequest.Get(ExstreamRoutes.Links(_domain))
                .WithQuery("linkSubjectId", query.SubjectId)
                .WithQuery("linkSubjectVersion", query.SubjectVersion)
                .WithQuery("linkDepth", query.Depth)
                .WithQuery("filter.types", Join(query.Types.Select(t => t.Value)))
                .WithQuery("filter.states", Join(query.States.Select(s => s.Value))),
            ExstreamJsonContext.Default.ExstreamPagedEnvelopeResourceLink,
            _pageSize,
            pagedFromFirstRequest: false);
    }

    /// <summary>
    /// Lists the resources that use an object resource through up to <see cref="LinkedResourceQuery.Depth"/> links
    /// (<c>GET design/api/v1/links/{domain}/resources</c>), e.g. the approved communications whose driver is a sample file.
    /// </summary>
    /// <param name="query">The object, depth and resource filters.</param>
    public virtual AsyncPageable<DesignResource> ListLinkedResourcesAsync(LinkedResourceQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(query.ObjectId);
        return ExstreamPaging.Create(
            _api,
            () => ApiRequest.Get(ExstreamRoutes.LinkedResources(_domain))
                .WithQuery("linkObjectId", query.ObjectId)
                .WithQuery("linkDepth", query.Depth)
                .WithQuery("rfilter.types", Join(query.Types.Select(t => t.Value)))
                .WithQuery("rfilter.states", Join(query.States.Select(s => s.Value)))
                .WithQuery("fetchApproval", query.FetchApproval),
            ExstreamJsonContext.Default.ExstreamPagedEnvelopeDesignResource,
            _pageSize);
    }

    /// <summary>Gets a communication set's manifest (<c>GET design/api/v1/manifests/{domain}/communication-set/{id}</c>): its driver data source and output queues.</summary>
    /// <param name="communicationSetId">The communication set id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<Response<CommunicationSetManifest>> GetCommunicationSetManifestAsync(string communicationSetId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(communicationSetId);
        return _api.SendAsync(ApiRequest.Get(ExstreamRoutes.CommunicationSetManifest(_domain, communicationSetId)), ExstreamJsonContext.Default.CommunicationSetManifest, cancellationToken);
    }

    /// <summary>
    /// Finds what on-demand generation needs for a communication, the way OpenText's README describes it: the links from
    /// the communication two levels deep to its communication set, then the set's manifest and its driver data source.
    /// </summary>
    /// <param name="communicationId">The communication id (an <c>exstrapplication</c> resource).</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <exception cref="ConnectorNotFoundException">The communication has no communication set in the domain.</exception>
    public virtual async Task<CommunicationBinding> DescribeCommunicationAsync(string communicationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(communicationId);
        string? setId = null;
        var links = ListLinksAsync(new LinkQuery { SubjectId = communicationId, Depth = 2, Types = [ResourceType.CommunicationSet] });
        await foreach (var link in links.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (link.TypeId is null || link.TypeId == ResourceType.CommunicationSet)
            {
                setId = link.LinkObjectId;
                break;
            }
        }

        if (setId is null)
        {
            throw new ConnectorNotFoundException(_api.System, $"Communication {communicationId} has no communication set in domain {_domain}.");
        }

        var manifest = await GetCommunicationSetManifestAsync(setId, cancellationToken).ConfigureAwait(false);
        return new CommunicationBinding(communicationId, setId, manifest.Value);
    }

    private static string? Join(IEnumerable<string> values)
    {
        var joined = string.Join(",", values);
        return joined.Length == 0 ? null : joined;
    }
}
