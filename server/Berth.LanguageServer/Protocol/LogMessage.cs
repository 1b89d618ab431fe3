namespace Berth.LanguageServer.Protocol;

public enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
    Debug = 5,
}

/// <summary>window/logMessage and window/showMessage.</summary>
public sealed record LogMessageParams(MessageType Type, string Message);
