using Berth.Dockerfile.Shell;

namespace Berth.Dockerfile.Rules.Commands;

/// <summary>
/// Reads a <c>tar</c> command line: the archives it extracts, when the extraction is one ADD could do itself.
/// Member lists, <c>--strip-components</c>, <c>--exclude</c>, writing to stdout and the like make it something
/// ADD can't do, so such commands count as no plain extraction.
/// </summary>
internal static class TarExtraction
{
    // Short option letters that change nothing ADD would do differently (x = extract, f/C take a value).
    private const string HarmlessLetters = "zjJvpoa";

    private static readonly HashSet<string> HarmlessLongOptions = new(StringComparer.Ordinal)
    {
        "--gzip", "--gunzip", "--ungzip", "--bzip2", "--xz", "--zstd", "--auto-compress", "--verbose",
        "--preserve-permissions", "--same-permissions", "--no-same-owner",
    };

    /// <summary>The archive words a plain <c>tar -x</c> extracts; empty when the command is anything else.</summary>
    public static IReadOnlyList<ShellWord> PlainlyExtracted(ShellCommand command)
    {
        if (!command.Is("tar")) return [];
        var words = command.Words;
        var extract = false;
        var archives = new List<ShellWord>();
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            var value = word.Value;
            if (value.StartsWith("--", StringComparison.Ordinal))
            {
                var (name, inlineValue) = SplitLong(value);
                switch (name)
                {
                    case "--extract" or "--get": extract = true; break;
                    case "--file" when inlineValue is null:
                        if (++i >= words.Count) return [];
                        archives.Add(words[i]);
                        break;
                    case "--file": archives.Add(word with { Value = inlineValue }); break;
                    case "--directory" when inlineValue is null: i++; break;
                    case "--directory": break;
                    default:
                        if (!HarmlessLongOptions.Contains(name)) return [];
                        break;
                }
                continue;
            }
            var oldStyleBundle = i == 1 && value.Length > 0 && value.All(char.IsAsciiLetter);
            if (value.StartsWith('-') || oldStyleBundle)
            {
                var letters = oldStyleBundle ? value : value[1..];
                for (var k = 0; k < letters.Length; k++)
                {
                    var letter = letters[k];
                    if (letter == 'x') extract = true;
                    else if (letter is 'f' or 'C')
                    {
                        var rest = letters[(k + 1)..];
                        ShellWord target;
                        if (rest.Length > 0 && !oldStyleBundle) target = word with { Value = rest };
                        else if (++i < words.Count) target = words[i];
                        else return [];
                        if (letter == 'f') archives.Add(target);
                        if (rest.Length > 0 && !oldStyleBundle) break;
                    }
                    else if (!HarmlessLetters.Contains(letter, StringComparison.Ordinal)) return [];
                }
                continue;
            }
            // A member name: only part of the archive is extracted, which ADD can't do.
            return [];
        }
        return extract ? archives : [];
    }

    private static (string Name, string? Value) SplitLong(string option)
    {
        var eq = option.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? (option, null) : (option[..eq], option[(eq + 1)..]);
    }
}
