namespace Berth.AlibabaCloud.Tests.Cli;

/// <summary>
/// The CLI commands read the process environment (endpoints, credentials, HOME), so their tests set it
/// and must run alone: no other test runs while this collection does.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "process environment";
}
