using Berth.Dockerfile.LanguageService.Docs;

namespace Berth.Dockerfile.LanguageService.Signatures;

/// <summary>One shape of an instruction, its parameters (the words after the keyword) and its documentation.</summary>
public sealed record InstructionSignature(string Label, IReadOnlyList<string> Parameters, string Documentation);

/// <summary>The shapes of the instruction at the caret, which one applies and which parameter the caret is in.</summary>
public sealed record SignatureHelpResult(IReadOnlyList<InstructionSignature> Signatures, int ActiveSignature, int ActiveParameter);

/// <summary>Signature help: an instruction's argument shapes while its arguments are typed.</summary>
public static class SignatureHelpProvider
{
    public static SignatureHelpResult? Help(DockerfileDocument document, int offset)
    {
        ArgumentNullException.ThrowIfNull(document);
        var caret = CaretContext.At(document, offset);
        if (caret.Instruction is not { } instruction || caret.InHeredocBody || caret.InComment || caret.AtKeyword) return null;
        var target = instruction.Trigger is { } trigger && offset > trigger.KeywordSpan.End ? trigger : instruction;
        var doc = InstructionDocs.For(target.Kind);
        if (doc is null) return null;
        var signatures = doc.Signatures.Select(s =>
        {
            var label = s.Split('\n')[0];
            var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).TakeWhile(w => !w.StartsWith('(')).ToList();
            return new InstructionSignature(label, words, doc.Summary);
        }).ToList();
        var flagsBefore = target.Flags.Count(f => f.Span.End < caret.WordStart || f.Span.ContainsOrTouches(offset) && caret.WordStart > f.Span.Start);
        var argsBefore = target.Arguments.Count(a => a.Span.End < caret.WordStart);
        var inFlag = target.Flags.Any(f => f.Span.ContainsOrTouches(offset));
        var active = 0;
        // A JSON argument picks the exec-form signature; else the first (shell or plain) one.
        if (target.ExecForm is not null || caret.LinePrefix.Contains('[', StringComparison.Ordinal))
            active = Math.Max(0, signatures.FindIndex(s => s.Label.Contains('[', StringComparison.Ordinal) && s.Label.Contains('"', StringComparison.Ordinal)));
        var parameters = signatures[active].Parameters;
        var flagParameters = parameters.Count(p => p.StartsWith("[--", StringComparison.Ordinal));
        var parameter = inFlag
            ? Math.Min(flagsBefore, Math.Max(flagParameters - 1, 0))
            : flagParameters + argsBefore;
        return new SignatureHelpResult(signatures, active, Math.Clamp(parameter, 0, Math.Max(parameters.Count - 1, 0)));
    }
}
