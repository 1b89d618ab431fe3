using System.Collections.Concurrent;
using System.Globalization;
using Berth.Dockerfile.LanguageService.SemanticTokens;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;
using LspSemanticTokens = Berth.LanguageServer.Protocol.Editing.SemanticTokens;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>
/// The last full result sent per document, so that full/delta can answer with edits. Ids are a counter; an
/// unknown or stale previous id gets full data back, as the protocol allows.
/// </summary>
public sealed class SemanticTokensResults
{
    private readonly ConcurrentDictionary<string, (string Id, int[] Data)> _last = new(StringComparer.Ordinal);
    private long _next;

    public string Remember(string uri, int[] data)
    {
        var id = Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
        _last[uri] = (id, data);
        return id;
    }

    public int[]? Previous(string uri, string id) => _last.TryGetValue(uri, out var last) && last.Id == id ? last.Data : null;

    internal static int[] Full(DocumentSnapshot snapshot) => SemanticTokenEncoding.Encode(SemanticTokenizer.Tokenize(snapshot.Dockerfile));
}
