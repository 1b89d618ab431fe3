using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Protocol;

/// <summary>workspace/executeCommand params: the command id and its arguments (Berth's take [fileUriString]).</summary>
public sealed record ExecuteCommandParams(string Command, JArray? Arguments);

/// <summary>A command shown in the editor (code lens title + what it runs).</summary>
public sealed record LspCommand(string Title, [property: Newtonsoft.Json.JsonProperty("command")] string Name, JArray? Arguments);

/// <summary>textDocument/codeLens params.</summary>
public sealed record CodeLensParams(TextDocumentIdentifier TextDocument);

/// <summary>One code lens: a range and the command it offers.</summary>
public sealed record CodeLens(Range Range, LspCommand Command);

/// <summary>window/workDoneProgress/create and window/workDoneProgress/cancel params.</summary>
public sealed record WorkDoneProgressTokenParams(string Token);

/// <summary>$/progress params; the value is a begin, report or end object.</summary>
public sealed record ProgressParams(string Token, WorkDoneProgressValue Value);

/// <summary>The work-done progress value: kind "begin" | "report" | "end".</summary>
public sealed record WorkDoneProgressValue(string Kind)
{
    public string? Title { get; init; }

    public bool? Cancellable { get; init; }

    public string? Message { get; init; }

    public int? Percentage { get; init; }
}
