namespace Berth.Dockerfile.Syntax;

/// <summary>The parts of <c>FROM [--platform=p] image [AS name]</c>; any may be missing in broken input.</summary>
public sealed record FromParts(ArgumentSyntax? Image, FlagSyntax? Platform, ArgumentSyntax? AsKeyword, ArgumentSyntax? StageName)
{
    internal static FromParts Of(InstructionSyntax from)
    {
        var args = from.Arguments;
        var image = args.Count > 0 ? args[0] : null;
        ArgumentSyntax? asKeyword = null, name = null;
        if (args.Count >= 2 && string.Equals(args[1].Text, "as", StringComparison.OrdinalIgnoreCase))
        {
            asKeyword = args[1];
            name = args.Count >= 3 ? args[2] : null;
        }
        return new FromParts(image, from.Flag("platform"), asKeyword, name);
    }
}
