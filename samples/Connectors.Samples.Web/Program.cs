using Connectors.Samples.Web;

await using var sample = await WebSample.StartAsync(args);
await sample.App.WaitForShutdownAsync();
