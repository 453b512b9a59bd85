namespace Connectors.OpenText.Exstream;

/// <summary>The engine's description of an output (<c>EngineOutputContext</c> in OpenText's SDK): queue, file and customer.</summary>
public sealed class EngineOutputContext
{
    /// <summary>The output queue that produced the file.</summary>
    public string? QueueName { get; set; }

    /// <summary>The file name the engine gave the output (without extension in OpenText's samples).</summary>
    public string? FileName { get; set; }

    /// <summary>The customer number of the recipient.</summary>
    public string? CustomerNumber { get; set; }
}
