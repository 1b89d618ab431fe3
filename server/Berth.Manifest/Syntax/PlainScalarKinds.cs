using System.Text.RegularExpressions;

namespace Berth.Manifest.Syntax;

/// <summary>
/// What an unquoted YAML scalar means, by the YAML 1.2 core schema: so "yes" and "no" stay strings (the
/// "Norway problem" of YAML 1.1), while "true", "8080" and "~" are a boolean, a number and null.
/// </summary>
public static partial class PlainScalarKinds
{
    public static ScalarKind Of(string text) => text switch
    {
        "" or "~" or "null" or "Null" or "NULL" => ScalarKind.Null,
        "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarKind.Boolean,
        _ when IntegerPattern().IsMatch(text) => ScalarKind.Integer,
        _ when FloatPattern().IsMatch(text) => ScalarKind.Float,
        _ => ScalarKind.String,
    };

    [GeneratedRegex(@"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex FloatPattern();
}
