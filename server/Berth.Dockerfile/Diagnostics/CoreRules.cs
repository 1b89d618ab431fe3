namespace Berth.Dockerfile.Diagnostics;

/// <summary>
/// The first set of rules: what the parser and the semantic model find, mostly what <c>docker build</c> itself
/// rejects. Ids follow DESIGN.md: BuildKit's names or hadolint's DL ids where the meaning matches, BER ids otherwise.
/// </summary>
public static class CoreRules
{
    private static RuleDescriptor Rule(string id, Severity severity, string title, params string[] aliases) =>
        new(id, severity, title, aliases);

    // Syntax.
    public static readonly RuleDescriptor UnknownInstruction = Rule("BER0001", Severity.Error, "Unknown instruction");
    public static readonly RuleDescriptor MissingArguments = Rule("BER0002", Severity.Error, "Instruction is missing arguments");
    public static readonly RuleDescriptor WrongArgumentCount = Rule("BER0003", Severity.Error, "Wrong number of arguments");
    public static readonly RuleDescriptor UnknownFlag = Rule("BER0004", Severity.Error, "Unknown flag");
    public static readonly RuleDescriptor FlagMissingValue = Rule("BER0005", Severity.Error, "Flag needs a value");
    public static readonly RuleDescriptor DuplicateFlag = Rule("BER0006", Severity.Error, "Flag given twice");
    public static readonly RuleDescriptor UnterminatedHeredoc = Rule("BER0007", Severity.Error, "Here-document never ends");
    public static readonly RuleDescriptor InvalidDirective = Rule("BER0008", Severity.Error, "Invalid parser directive");
    public static readonly RuleDescriptor DuplicateDirective = Rule("BER0009", Severity.Error, "Parser directive given twice") with { Tags = DiagnosticTags.Unnecessary };
    public static readonly RuleDescriptor ContinuationAtEndOfFile = Rule("BER0010", Severity.Warning, "Line continuation at the end of the file");
    public static readonly RuleDescriptor InvalidStageName = Rule("BER0011", Severity.Error, "Invalid build stage name");
    public static readonly RuleDescriptor InvalidVariableModifier = Rule("BER0012", Severity.Error, "Unsupported variable modifier");
    public static readonly RuleDescriptor MissingEquals = Rule("BER0013", Severity.Error, "Key without '=' in a multi-pair instruction");
    public static readonly RuleDescriptor ShellNotJson = Rule("BER0014", Severity.Error, "SHELL must be a JSON array");
    public static readonly RuleDescriptor HealthcheckType = Rule("BER0015", Severity.Error, "HEALTHCHECK needs CMD or NONE");
    public static readonly RuleDescriptor FlagExpectsBoolean = Rule("BER0016", Severity.Error, "Flag expects true or false");
    public static readonly RuleDescriptor UnterminatedVariable = Rule("BER0017", Severity.Error, "Variable reference never closed");
    public static readonly RuleDescriptor NoInstructions = Rule("BER0018", Severity.Error, "Dockerfile has no FROM");
    public static readonly RuleDescriptor InvalidAs = Rule("BER0019", Severity.Error, "Expected AS before the stage name");
    public static readonly RuleDescriptor InstructionBeforeFrom = Rule("DL3061", Severity.Error, "Instruction before the first FROM");
    public static readonly RuleDescriptor NoEmptyContinuation = Rule("NoEmptyContinuation", Severity.Warning, "Blank line inside a line continuation") with { Tags = DiagnosticTags.Unnecessary };
    public static readonly RuleDescriptor JsonInSingleQuotes = Rule("BER0029", Severity.Warning, "JSON array written with single quotes");

    // Semantics.
    public static readonly RuleDescriptor StageIndexOutOfRange = Rule("BER0020", Severity.Error, "Stage index does not exist");
    public static readonly RuleDescriptor CopyFromLaterStage = Rule("BER0021", Severity.Error, "Reference to a later stage");
    public static readonly RuleDescriptor InvalidProtocol = Rule("BER0022", Severity.Error, "Invalid EXPOSE protocol");
    public static readonly RuleDescriptor InvalidSignal = Rule("BER0023", Severity.Error, "Invalid STOPSIGNAL");
    public static readonly RuleDescriptor InvalidDuration = Rule("BER0024", Severity.Error, "Invalid HEALTHCHECK duration");
    public static readonly RuleDescriptor InvalidRetries = Rule("BER0025", Severity.Error, "Invalid HEALTHCHECK retries");
    public static readonly RuleDescriptor InvalidChmod = Rule("BER0026", Severity.Error, "Invalid --chmod");
    public static readonly RuleDescriptor InvalidChown = Rule("BER0027", Severity.Error, "Invalid --chown");
    public static readonly RuleDescriptor EmptyBaseImage = Rule("BER0028", Severity.Error, "FROM resolves to an empty image name", "InvalidDefaultArgInFrom");
    public static readonly RuleDescriptor DuplicateStageName = Rule("DuplicateStageName", Severity.Error, "Duplicate stage name", "DL3024");
    public static readonly RuleDescriptor CopyFromOwnStage = Rule("DL3023", Severity.Error, "COPY --from its own stage");
    public static readonly RuleDescriptor CopyFromUnknownStage = Rule("DL3022", Severity.Warning, "COPY --from an undefined stage");
    public static readonly RuleDescriptor InvalidPort = Rule("DL3011", Severity.Error, "Invalid EXPOSE port");
    public static readonly RuleDescriptor MaintainerDeprecated = Rule("MaintainerDeprecated", Severity.Warning, "MAINTAINER is deprecated", "DL4000") with { Tags = DiagnosticTags.Deprecated };
    public static readonly RuleDescriptor WorkdirRelativePath = Rule("WorkdirRelativePath", Severity.Warning, "Relative WORKDIR", "DL3000");
    public static readonly RuleDescriptor MultipleInstructionsDisallowed = Rule("MultipleInstructionsDisallowed", Severity.Warning, "Repeated CMD, ENTRYPOINT or HEALTHCHECK", "DL4003", "DL4004", "DL3012") with { Tags = DiagnosticTags.Unnecessary };
    public static readonly RuleDescriptor OnbuildTrigger = Rule("DL3043", Severity.Error, "ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER");
    public static readonly RuleDescriptor CopyDestinationSlash = Rule("DL3021", Severity.Error, "Several sources need a destination ending in '/'");
    public static readonly RuleDescriptor UndefinedArgInFrom = Rule("UndefinedArgInFrom", Severity.Warning, "FROM uses an undeclared ARG");

    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        UnknownInstruction, MissingArguments, WrongArgumentCount, UnknownFlag, FlagMissingValue, DuplicateFlag, UnterminatedHeredoc,
        InvalidDirective, DuplicateDirective, ContinuationAtEndOfFile, InvalidStageName, InvalidVariableModifier, MissingEquals,
        ShellNotJson, HealthcheckType, FlagExpectsBoolean, UnterminatedVariable, NoInstructions, InvalidAs, InstructionBeforeFrom,
        NoEmptyContinuation, JsonInSingleQuotes, StageIndexOutOfRange, CopyFromLaterStage, InvalidProtocol, InvalidSignal,
        InvalidDuration, InvalidRetries, InvalidChmod, InvalidChown, EmptyBaseImage, DuplicateStageName, CopyFromOwnStage,
        CopyFromUnknownStage, InvalidPort, MaintainerDeprecated, WorkdirRelativePath, MultipleInstructionsDisallowed,
        OnbuildTrigger, CopyDestinationSlash, UndefinedArgInFrom,
    ];
}
