using Microsoft.AspNetCore.Http;

namespace Connectors.Emulators.BigCommerce.Routes;

internal static class RouteContext
{
    public const string StoreKey = "bigcommerce.store";

    public static BigCommerceStoreState Store(this HttpContext context) => (BigCommerceStoreState)context.Items[StoreKey]!;
}
