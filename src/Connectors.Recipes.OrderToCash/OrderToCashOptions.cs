using Connectors.BigCommerce;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Recipes.OrderToCash;

/// <summary>Settings every order-to-cash recipe shares.</summary>
public abstract class OrderToCashOptions
{
    /// <summary>Which BigCommerce client (store) the recipe uses; the default client when not set.</summary>
    public Func<IServiceProvider, BigCommerceClient> Client { get; set; } = static services => services.GetRequiredService<BigCommerceClient>();

    /// <summary>Checks the options; throws <see cref="ArgumentException"/> naming the first bad setting.</summary>
    public void Validate()
    {
        if (Client is null)
        {
            throw new ArgumentException($"{GetType().Name}.Client must be set.");
        }

        var error = Check().FirstOrDefault();
        if (error is not null)
        {
            throw new ArgumentException($"{GetType().Name}: {error}");
        }
    }

    /// <summary>The recipe's own checks: one message per problem.</summary>
    /// <returns>The problems.</returns>
    protected abstract IEnumerable<string> Check();
}
