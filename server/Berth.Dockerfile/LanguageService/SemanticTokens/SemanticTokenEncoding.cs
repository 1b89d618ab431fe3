namespace Berth.Dockerfile.LanguageService.SemanticTokens;

/// <summary>The LSP wire form of semantic tokens (five integers per token, relative to the previous one) and its deltas.</summary>
public static class SemanticTokenEncoding
{
    public static int[] Encode(IReadOnlyList<SemanticToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var data = new int[tokens.Count * 5];
        var line = 0;
        var character = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var deltaLine = token.Line - line;
            data[i * 5] = deltaLine;
            data[i * 5 + 1] = deltaLine == 0 ? token.Character - character : token.Character;
            data[i * 5 + 2] = token.Length;
            data[i * 5 + 3] = (int)token.Type;
            data[i * 5 + 4] = (int)token.Modifiers;
            line = token.Line;
            character = token.Character;
        }
        return data;
    }

    /// <summary>One edit turning <paramref name="previous"/> into <paramref name="current"/>: the differing middle between a common prefix and suffix.</summary>
    public static (int Start, int DeleteCount, int[] Data)? Delta(int[] previous, int[] current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var prefix = 0;
        var max = Math.Min(previous.Length, current.Length);
        while (prefix < max && previous[prefix] == current[prefix]) prefix++;
        if (prefix == previous.Length && prefix == current.Length) return null;
        var suffix = 0;
        while (suffix < max - prefix && previous[previous.Length - 1 - suffix] == current[current.Length - 1 - suffix]) suffix++;
        var deleteCount = previous.Length - prefix - suffix;
        var data = current[prefix..(current.Length - suffix)];
        return (prefix, deleteCount, data);
    }
}
