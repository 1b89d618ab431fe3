using System.Text.RegularExpressions;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Analysis;

/// <summary>
/// The checks that need only one instruction: keyword, flags, argument counts and forms, variable modifiers and
/// the values Docker validates itself (ports, signals, durations, --chmod/--chown). Each names the exact token.
/// </summary>
internal static partial class InstructionChecks
{
    public static void Check(InstructionSyntax instruction, List<Diagnostic> into)
    {
        foreach (var empty in instruction.EmptyContinuationLines)
            into.Add(CoreRules.NoEmptyContinuation.Create(empty,
                "This blank line inside a line continuation is deprecated and will become an error; remove it."));
        CheckOne(instruction, into, isTrigger: false);
    }

    private static void CheckOne(InstructionSyntax instruction, List<Diagnostic> into, bool isTrigger)
    {
        if (instruction.Keyword.Length == 0) return;
        if (instruction.Kind == InstructionKind.Unknown)
        {
            var suggestion = Suggestions.Closest(instruction.Keyword, InstructionKinds.Keywords);
            into.Add(CoreRules.UnknownInstruction.Create(instruction.KeywordSpan,
                $"'{instruction.Keyword}' is not a Dockerfile instruction.{Suggestions.DidYouMean(suggestion)}"));
            return;
        }
        CheckFlags(instruction, into);
        CheckVariables(instruction, into);
        var name = instruction.Kind.Keyword();
        if (instruction.Arguments.Count == 0)
        {
            into.Add(CoreRules.MissingArguments.Create(instruction.KeywordSpan, $"{name} needs at least one argument; add it or remove the line."));
            return;
        }
        CheckJsonInSingleQuotes(instruction, into);
        switch (instruction.Kind)
        {
            case InstructionKind.From: CheckFrom(instruction, into); break;
            case InstructionKind.Copy or InstructionKind.Add: CheckCopy(instruction, into); break;
            case InstructionKind.Env or InstructionKind.Label: CheckPairs(instruction, into); break;
            case InstructionKind.Arg: CheckArg(instruction, into); break;
            case InstructionKind.Healthcheck: CheckHealthcheck(instruction, into); break;
            case InstructionKind.Shell: CheckShell(instruction, into); break;
            case InstructionKind.Stopsignal: CheckStopsignal(instruction, into); break;
            case InstructionKind.Expose: CheckExpose(instruction, into); break;
            case InstructionKind.Maintainer:
                into.Add(CoreRules.MaintainerDeprecated.Create(instruction.KeywordSpan,
                    "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors=\"...\" instead."));
                break;
            case InstructionKind.Onbuild: CheckOnbuild(instruction, into, isTrigger); break;
        }
    }

    private static void CheckFlags(InstructionSyntax instruction, List<Diagnostic> into)
    {
        if (instruction.Flags.Count == 0) return;
        var allowed = FlagCatalogue.FlagsOf(instruction.Kind);
        // Only an instruction with two flags or more can repeat one (most have none or one).
        var seen = instruction.Flags.Count > 1 ? new HashSet<string>(StringComparer.OrdinalIgnoreCase) : null;
        var keyword = instruction.Kind.Keyword();
        foreach (var flag in instruction.Flags)
        {
            if (!allowed.Contains(flag.Name, StringComparer.OrdinalIgnoreCase))
            {
                var suggestion = Suggestions.Closest(flag.Name, allowed);
                var known = allowed.Count == 0 ? $"{keyword} takes no flags." : $"{keyword} accepts {string.Join(", ", allowed.Select(a => "--" + a))}.";
                into.Add(CoreRules.UnknownFlag.Create(flag.Span,
                    $"Unknown flag --{flag.Name}: {known}{Suggestions.DidYouMean(suggestion is null ? null : "--" + suggestion)}"));
                continue;
            }
            if (seen is not null && !seen.Add(flag.Name) && !FlagCatalogue.IsRepeatable(flag.Name))
                into.Add(CoreRules.DuplicateFlag.Create(flag.Span, $"--{flag.Name} is given more than once; keep only one."));
            if (FlagCatalogue.IsBoolean(flag.Name))
            {
                if (flag.Value is not null && !IsBoolean(flag.Value) && !flag.Value.Contains('$', StringComparison.Ordinal))
                    into.Add(CoreRules.FlagExpectsBoolean.Create(flag.ValueSpan ?? flag.Span,
                        $"--{flag.Name} expects true or false, not '{flag.Value}'."));
                continue;
            }
            if (string.IsNullOrEmpty(flag.Value))
            {
                into.Add(CoreRules.FlagMissingValue.Create(flag.Span, $"--{flag.Name} needs a value: write --{flag.Name}=<value>."));
                continue;
            }
            CheckFlagValue(instruction, flag, into);
        }
    }

    private static bool IsBoolean(string value) =>
        value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase);

    private static void CheckFlagValue(InstructionSyntax instruction, FlagSyntax flag, List<Diagnostic> into)
    {
        var value = flag.Value!;
        var span = flag.ValueSpan ?? flag.Span;
        if (value.Contains('$', StringComparison.Ordinal)) return;
        switch (flag.Name.ToLowerInvariant())
        {
            case "chmod" when !ChmodPattern().IsMatch(value):
                into.Add(CoreRules.InvalidChmod.Create(span, $"--chmod={value} is not a valid mode; use octal digits such as 0755 or a symbolic mode such as u=rwx,go=rx."));
                break;
            case "chown" when !ChownPattern().IsMatch(value):
                into.Add(CoreRules.InvalidChown.Create(span, $"--chown={value} is not valid; write user, user:group, uid or uid:gid."));
                break;
            case "interval" or "timeout" or "start-period" or "start-interval":
                var problem = DurationProblem(value);
                if (problem is not null)
                    into.Add(CoreRules.InvalidDuration.Create(span, $"--{flag.Name}={value} {problem}"));
                break;
            case "retries":
                if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var retries))
                    into.Add(CoreRules.InvalidRetries.Create(span, $"--retries={value} is not a whole number; write a count such as --retries=3."));
                else if (retries < 1)
                    into.Add(CoreRules.InvalidRetries.Create(span, "--retries must be at least 1."));
                break;
        }
        _ = instruction;
    }

    /// <summary>Go's duration syntax, as Docker parses HEALTHCHECK times; null when valid.</summary>
    internal static string? DurationProblem(string value)
    {
        if (value.All(char.IsAsciiDigit)) return "has no unit; add one, such as 30s or 1m.";
        var match = DurationPattern().Match(value);
        if (!match.Success) return "is not a duration; write a number with a unit (ns, us, ms, s, m, h), such as 30s.";
        double total = 0;
        foreach (Match part in DurationPartPattern().Matches(value))
        {
            var number = double.Parse(part.Groups[1].Value.Length == 0 ? "0" : part.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            total += number * part.Groups[2].Value switch
            {
                "ns" => 1e-6, "us" or "µs" => 1e-3, "ms" => 1, "s" => 1000, "m" => 60_000, _ => 3_600_000,
            };
        }
        return total is > 0 and < 1 ? "is shorter than the minimum of 1ms." : null;
    }

    [GeneratedRegex(@"^(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"(\d*\.?\d*)(ns|us|µs|ms|s|m|h)")]
    private static partial Regex DurationPartPattern();

    [GeneratedRegex(@"^(?:[0-7]{3,4}|[ugoa]*[-+=][rwxXst]*(?:,[ugoa]*[-+=][rwxXst]*)*)$")]
    private static partial Regex ChmodPattern();

    [GeneratedRegex(@"^[^:\s]+(?::[^:\s]+)?$")]
    private static partial Regex ChownPattern();

    private static void CheckVariables(InstructionSyntax instruction, List<Diagnostic> into)
    {
        if (!instruction.Kind.ExpandsVariables() || instruction.Kind == InstructionKind.Onbuild) return;
        foreach (var reference in instruction.Variables) Check(reference);
        return;

        void Check(VariableReferenceSyntax reference)
        {
            if (!reference.IsTerminated)
                into.Add(CoreRules.UnterminatedVariable.Create(reference.Span, $"'${{{reference.Name}' is never closed; add '}}'."));
            else if (!reference.HasValidModifier && reference.ModifierSpan is { } modifierSpan)
                into.Add(CoreRules.InvalidVariableModifier.Create(modifierSpan,
                    $"'{reference.Modifier}' is not a supported modifier in ${{{reference.Name}...}}; use :-, -, :+, +, :? or ?."));
            foreach (var nested in reference.Nested) Check(nested);
        }
    }

    private static void CheckJsonInSingleQuotes(InstructionSyntax instruction, List<Diagnostic> into)
    {
        if (!instruction.Kind.AllowsJsonForm() || instruction.ExecForm is not null) return;
        var text = instruction.ArgumentsText;
        if (text.StartsWith("['", StringComparison.Ordinal) && text.EndsWith(']'))
            into.Add(CoreRules.JsonInSingleQuotes.Create(instruction.ArgumentsSpan,
                "This looks like a JSON array but uses single quotes, so Docker runs it as a shell command; use double quotes."));
    }

    private static void CheckFrom(InstructionSyntax instruction, List<Diagnostic> into)
    {
        var args = instruction.Arguments;
        if (args.Count == 2)
        {
            into.Add(string.Equals(args[1].Text, "as", StringComparison.OrdinalIgnoreCase)
                ? CoreRules.WrongArgumentCount.Create(args[1].Span, "AS must be followed by a stage name.")
                : CoreRules.WrongArgumentCount.Create(args[1].Span, $"FROM takes an image and optionally 'AS name'; remove '{args[1].Text}' or write 'AS {args[1].Text}'."));
            return;
        }
        if (args.Count >= 3 && !string.Equals(args[1].Text, "as", StringComparison.OrdinalIgnoreCase))
        {
            into.Add(CoreRules.InvalidAs.Create(args[1].Span, $"Expected 'AS' before the stage name, found '{args[1].Text}'."));
            return;
        }
        if (args.Count > 3)
            into.Add(CoreRules.WrongArgumentCount.Create(TextSpan.FromBounds(args[3].Span.Start, args[^1].Span.End),
                "FROM takes an image and optionally 'AS name'; remove the extra arguments."));
        if (args.Count == 3 && !StageNamePattern().IsMatch(args[2].Value) && !args[2].Value.Contains('$', StringComparison.Ordinal))
            into.Add(CoreRules.InvalidStageName.Create(args[2].Span,
                $"'{args[2].Value}' is not a valid stage name: start with a letter and use only letters, digits, '-', '_' and '.'."));
    }

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9_\-.]*$")]
    private static partial Regex StageNamePattern();

    private static void CheckCopy(InstructionSyntax instruction, List<Diagnostic> into)
    {
        var keyword = instruction.Kind.Keyword();
        if (instruction.ExecForm is { } exec)
        {
            if (exec.Elements.Count < 2)
                into.Add(CoreRules.WrongArgumentCount.Create(exec.Span, $"{keyword} needs at least a source and a destination."));
            else if (exec.Elements.Count > 2) CheckDestination(exec.Elements[^1].Value, exec.Elements[^1].Span);
            return;
        }
        var args = instruction.Arguments;
        if (args.Count < 2)
        {
            into.Add(CoreRules.WrongArgumentCount.Create(args[0].Span, $"{keyword} needs at least a source and a destination."));
            return;
        }
        if (args.Count > 2) CheckDestination(args[^1].Value, args[^1].Span);
        return;

        void CheckDestination(string destination, TextSpan span)
        {
            if (destination.EndsWith('/') || destination.EndsWith('\\') || destination.Contains('$', StringComparison.Ordinal)) return;
            into.Add(CoreRules.CopyDestinationSlash.Create(span,
                $"With several sources the destination must be a folder ending in '/': write '{destination}/'."));
        }
    }

    private static void CheckPairs(InstructionSyntax instruction, List<Diagnostic> into)
    {
        var keyword = instruction.Kind.Keyword();
        foreach (var pair in instruction.KeyValues)
        {
            if (pair.IsLegacyForm)
            {
                if (pair.Value is null)
                    into.Add(CoreRules.WrongArgumentCount.Create(pair.KeySpan, $"{keyword} {pair.Key} has no value; write {keyword} {pair.Key}=<value>."));
                continue;
            }
            if (pair.Value is null)
                into.Add(CoreRules.MissingEquals.Create(pair.KeySpan, $"'{pair.Key}' has no '=' in a multi-pair {keyword}; write {pair.Key}=<value>."));
            else if (pair.Key.Length == 0)
                into.Add(CoreRules.MissingEquals.Create(pair.Span, $"This {keyword} pair has no name before '='."));
        }
    }

    private static void CheckArg(InstructionSyntax instruction, List<Diagnostic> into)
    {
        foreach (var pair in instruction.KeyValues)
            if (pair.Key.Length == 0)
                into.Add(CoreRules.MissingEquals.Create(pair.Span, "This ARG has no name before '='."));
    }

    private static void CheckHealthcheck(InstructionSyntax instruction, List<Diagnostic> into)
    {
        var args = instruction.Arguments;
        var type = args[0];
        if (type.Text.Equals("NONE", StringComparison.OrdinalIgnoreCase))
        {
            if (args.Count > 1)
                into.Add(CoreRules.WrongArgumentCount.Create(TextSpan.FromBounds(args[1].Span.Start, args[^1].Span.End),
                    "HEALTHCHECK NONE takes no further arguments; remove them."));
            return;
        }
        if (!type.Text.Equals("CMD", StringComparison.OrdinalIgnoreCase))
        {
            into.Add(CoreRules.HealthcheckType.Create(type.Span, $"HEALTHCHECK must be followed by CMD or NONE, not '{type.Text}'."));
            return;
        }
        if (args.Count == 1)
            into.Add(CoreRules.MissingArguments.Create(type.Span, "HEALTHCHECK CMD needs a command to run."));
    }

    private static void CheckShell(InstructionSyntax instruction, List<Diagnostic> into)
    {
        if (instruction.ExecForm is null)
            into.Add(CoreRules.ShellNotJson.Create(instruction.ArgumentsSpan, "SHELL must be a JSON array, such as SHELL [\"/bin/bash\", \"-c\"]."));
        else if (instruction.ExecForm.Elements.Count == 0)
            into.Add(CoreRules.MissingArguments.Create(instruction.ExecForm.Span, "SHELL needs at least the shell executable."));
    }

    private static readonly HashSet<string> Signals = new(StringComparer.OrdinalIgnoreCase)
    {
        "ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP", "ILL", "INT", "IO", "IOT", "KILL", "PIPE", "POLL", "PROF",
        "PWR", "QUIT", "SEGV", "STKFLT", "STOP", "SYS", "TERM", "TRAP", "TSTP", "TTIN", "TTOU", "UNUSED", "URG", "USR1",
        "USR2", "VTALRM", "WINCH", "XCPU", "XFSZ", "RTMIN", "RTMAX",
    };

    private static void CheckStopsignal(InstructionSyntax instruction, List<Diagnostic> into)
    {
        var args = instruction.Arguments;
        if (args.Count > 1)
            into.Add(CoreRules.WrongArgumentCount.Create(TextSpan.FromBounds(args[1].Span.Start, args[^1].Span.End),
                "STOPSIGNAL takes one signal; remove the extra arguments."));
        var value = args[0].Value;
        if (value.Contains('$', StringComparison.Ordinal) || IsSignal(value)) return;
        into.Add(CoreRules.InvalidSignal.Create(args[0].Span, $"'{value}' is not a signal; use a name such as SIGTERM or a number such as 15."));
    }

    internal static bool IsSignal(string value)
    {
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            return number is >= 1 and <= 64;
        var name = value.StartsWith("SIG", StringComparison.OrdinalIgnoreCase) ? value[3..] : value;
        if (Signals.Contains(name)) return true;
        var match = RealtimeSignalPattern().Match(name);
        return match.Success;
    }

    [GeneratedRegex(@"^RTM(?:IN|AX)[+-]\d{1,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex RealtimeSignalPattern();

    private static void CheckExpose(InstructionSyntax instruction, List<Diagnostic> into)
    {
        foreach (var argument in instruction.Arguments)
        {
            var value = argument.Value;
            if (value.Contains('$', StringComparison.Ordinal) || value.Contains(':', StringComparison.Ordinal)) continue;
            var slash = value.IndexOf('/', StringComparison.Ordinal);
            var ports = slash < 0 ? value : value[..slash];
            var portsSpan = new TextSpan(argument.Span.Start, slash < 0 ? argument.Span.Length : slash);
            if (!IsPortRange(ports))
                into.Add(CoreRules.InvalidPort.Create(portsSpan, $"'{ports}' is not a port; use a number from 0 to 65535 or a range such as 8000-8010."));
            if (slash < 0) continue;
            var protocol = value[(slash + 1)..];
            if (protocol.ToLowerInvariant() is not ("tcp" or "udp" or "sctp"))
                into.Add(CoreRules.InvalidProtocol.Create(TextSpan.FromBounds(argument.Span.Start + slash + 1, argument.Span.End),
                    $"'{protocol}' is not a protocol; use tcp, udp or sctp."));
        }
    }

    private static bool IsPortRange(string text)
    {
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0) return IsPort(text, out _);
        return IsPort(text[..dash], out var low) && IsPort(text[(dash + 1)..], out var high) && low <= high;
    }

    private static bool IsPort(string text, out int port) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out port) && port <= 65535;

    private static void CheckOnbuild(InstructionSyntax instruction, List<Diagnostic> into, bool isTrigger)
    {
        if (instruction.Trigger is not { } trigger) return;
        if (trigger.Kind is InstructionKind.Onbuild or InstructionKind.From or InstructionKind.Maintainer)
        {
            into.Add(CoreRules.OnbuildTrigger.Create(trigger.KeywordSpan,
                $"ONBUILD cannot register {trigger.Kind.Keyword()}; only ordinary build instructions can be triggers."));
            return;
        }
        _ = isTrigger;
        CheckOne(trigger, into, isTrigger: true);
    }
}
