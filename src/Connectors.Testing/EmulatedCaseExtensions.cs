using Connectors.Emulators.CoreCase;
using Connectors.OpenText.CoreCase;

namespace Connectors.Testing;

/// <summary>Bridges the Core Case emulator's state to the client: a case held by the emulator, addressed as the client addresses it.</summary>
public static class EmulatedCaseExtensions
{
    /// <summary>The <see cref="CaseRef"/> (definition and id) of a case held by the emulator.</summary>
    /// <param name="emulatedCase">The case.</param>
    /// <returns>The reference to pass to <see cref="CoreCaseClient"/> calls.</returns>
    public static CaseRef Ref(this EmulatedCase emulatedCase)
    {
        ArgumentNullException.ThrowIfNull(emulatedCase);
        return new CaseRef(emulatedCase.CaseDefinitionId, emulatedCase.Id);
    }
}
