using System.Reflection;

namespace Berth.LanguageServer.Server;

/// <summary>The product version shown by <c>berth --version</c> and sent as serverInfo.</summary>
public static class BerthVersion
{
    public static string Current { get; } = Read();

    private static string Read()
    {
        var informational = typeof(BerthVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // The SDK appends "+<commit>"; users want the version, not the build's source id.
        return informational?.Split('+')[0] ?? "0.0.0";
    }
}
