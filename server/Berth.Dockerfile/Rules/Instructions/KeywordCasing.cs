using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.Rules.Instructions;

/// <summary>
/// How a file's instruction keywords are cased, as ConsistentInstructionCasing decides the file's casing: every known
/// keyword counts, an ONBUILD's trigger too; a keyword can be both (no letters) or neither (mixed).
/// </summary>
public readonly record struct KeywordCasing(int Lower, int Upper)
{
    /// <summary>The file is written in lower case only when most keywords are; upper case wins ties.</summary>
    public bool MostlyLower => Lower > Upper;

    public static KeywordCasing operator +(KeywordCasing a, KeywordCasing b) => new(a.Lower + b.Lower, a.Upper + b.Upper);

    public static KeywordCasing Of(IEnumerable<InstructionSyntax> instructions)
    {
        ArgumentNullException.ThrowIfNull(instructions);
        int lower = 0, upper = 0;
        foreach (var keyword in Keywords(instructions))
        {
            if (keyword.Keyword == keyword.Keyword.ToLowerInvariant()) lower++;
            if (keyword.Keyword == keyword.Keyword.ToUpperInvariant()) upper++;
        }
        return new KeywordCasing(lower, upper);
    }

    /// <summary>The keywords that count, in text order.</summary>
    public static IEnumerable<InstructionSyntax> Keywords(IEnumerable<InstructionSyntax> instructions) =>
        instructions.SelectMany(i => i.Trigger is null ? [i] : new[] { i, i.Trigger }).Where(i => i.Kind != InstructionKind.Unknown);
}
