namespace Connectors.Scenarios.Building;

/// <summary>The result of one stage: the value to pass on, or a stop (filtered out).</summary>
internal readonly struct Flow<T>
{
    private Flow(bool passed, T value)
    {
        Passed = passed;
        Value = value;
    }

    public static Flow<T> Stop => default;

    public bool Passed { get; }

    public T Value { get; }

    public static Flow<T> Pass(T value) => new(true, value);
}

/// <summary>One stage of a compiled pipeline.</summary>
internal delegate ValueTask<Flow<T>> Stage<T>(Runtime.RunContext context);
