namespace Berth.Dockerfile.Syntax;

/// <summary>The instructions of the Dockerfile reference; <see cref="Unknown"/> for any other keyword.</summary>
public enum InstructionKind
{
    Unknown,
    Add,
    Arg,
    Cmd,
    Copy,
    Entrypoint,
    Env,
    Expose,
    From,
    Healthcheck,
    Label,
    Maintainer,
    Onbuild,
    Run,
    Shell,
    Stopsignal,
    User,
    Volume,
    Workdir,
}

public static class InstructionKinds
{
    private static readonly Dictionary<string, InstructionKind> ByKeyword = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ADD"] = InstructionKind.Add, ["ARG"] = InstructionKind.Arg, ["CMD"] = InstructionKind.Cmd,
        ["COPY"] = InstructionKind.Copy, ["ENTRYPOINT"] = InstructionKind.Entrypoint, ["ENV"] = InstructionKind.Env,
        ["EXPOSE"] = InstructionKind.Expose, ["FROM"] = InstructionKind.From, ["HEALTHCHECK"] = InstructionKind.Healthcheck,
        ["LABEL"] = InstructionKind.Label, ["MAINTAINER"] = InstructionKind.Maintainer, ["ONBUILD"] = InstructionKind.Onbuild,
        ["RUN"] = InstructionKind.Run, ["SHELL"] = InstructionKind.Shell, ["STOPSIGNAL"] = InstructionKind.Stopsignal,
        ["USER"] = InstructionKind.User, ["VOLUME"] = InstructionKind.Volume, ["WORKDIR"] = InstructionKind.Workdir,
    };

    /// <summary>Every instruction keyword in upper case, for completion and "did you mean".</summary>
    public static IReadOnlyCollection<string> Keywords => ByKeyword.Keys;

    private static readonly Dictionary<string, InstructionKind>.AlternateLookup<ReadOnlySpan<char>> ByKeywordSpan =
        ByKeyword.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The keyword as written, as a string: the shared upper-case literal when it is written that way (nearly always),
    /// so a tree doesn't hold one copy of "RUN" per instruction.
    /// </summary>
    internal static string KeywordText(ReadOnlySpan<char> written) =>
        ByKeywordSpan.TryGetValue(written, out var keyword, out _) && written.SequenceEqual(keyword) ? keyword : written.ToString();

    public static InstructionKind FromKeyword(string keyword) =>
        ByKeyword.TryGetValue(keyword, out var kind) ? kind : InstructionKind.Unknown;

    /// <summary>The upper-case keyword ("" for <see cref="InstructionKind.Unknown"/>).</summary>
    public static string Keyword(this InstructionKind kind) => (uint)kind < (uint)UpperCaseKeywords.Length ? UpperCaseKeywords[(int)kind] : "";

    // Indexed by kind: checks ask for a keyword per instruction, and an enum's name upper-cased was a boxed value and a
    // new string each time.
    private static readonly string[] UpperCaseKeywords = BuildUpperCaseKeywords();

    private static string[] BuildUpperCaseKeywords()
    {
        var keywords = new string[Enum.GetValues<InstructionKind>().Length];
        keywords[(int)InstructionKind.Unknown] = "";
        foreach (var (keyword, kind) in ByKeyword) keywords[(int)kind] = keyword;
        return keywords;
    }

    /// <summary>Instructions whose arguments may be a JSON array (exec form).</summary>
    public static bool AllowsJsonForm(this InstructionKind kind) => kind is InstructionKind.Run or InstructionKind.Cmd
        or InstructionKind.Entrypoint or InstructionKind.Shell or InstructionKind.Copy or InstructionKind.Add
        or InstructionKind.Volume;

    /// <summary>Instructions that may be followed by here-documents.</summary>
    public static bool AllowsHeredocs(this InstructionKind kind) =>
        kind is InstructionKind.Run or InstructionKind.Copy or InstructionKind.Add;

    /// <summary>Instructions whose arguments Docker expands build variables in (RUN, CMD, ENTRYPOINT leave it to the shell).</summary>
    public static bool ExpandsVariables(this InstructionKind kind) => kind is InstructionKind.Add or InstructionKind.Copy
        or InstructionKind.Env or InstructionKind.Expose or InstructionKind.From or InstructionKind.Label
        or InstructionKind.Stopsignal or InstructionKind.User or InstructionKind.Volume or InstructionKind.Workdir
        or InstructionKind.Arg or InstructionKind.Onbuild;
}
