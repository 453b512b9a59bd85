using Microsoft.Extensions.Options;

namespace Connectors.Core.DependencyInjection;

internal sealed class ConnectorOptionsValidator<TOptions>(string name, string system) : IValidateOptions<TOptions>
    where TOptions : ConnectorClientOptions
{
    public ValidateOptionsResult Validate(string? optionsName, TOptions options)
    {
        if (!string.Equals(optionsName ?? Options.DefaultName, name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = options.Validate().Select(f => $"{system} client '{(name.Length == 0 ? "default" : name)}': {f}").ToArray();
        return failures.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
