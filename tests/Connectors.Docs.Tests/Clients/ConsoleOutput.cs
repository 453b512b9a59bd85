namespace Connectors.Docs.Tests.Clients;

/// <summary>
/// Captures what a snippet writes to the console, so a test can check it. The console is process-wide: every
/// test class that captures it belongs to the <see cref="Collection"/> collection, which xunit runs one test at a time.
/// </summary>
internal sealed class ConsoleOutput : IDisposable
{
    public const string Collection = "Console output";

    private readonly TextWriter _previous = Console.Out;
    private readonly StringWriter _writer = new();

    private ConsoleOutput() => Console.SetOut(_writer);

    public static ConsoleOutput Capture() => new();

    public string Text => _writer.ToString();

    public IReadOnlyList<string> Lines => Text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    public void Dispose()
    {
        Console.SetOut(_previous);
        _writer.Dispose();
    }
}
