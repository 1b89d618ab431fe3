using LspRange = Berth.LanguageServer.Protocol.Range;

namespace Berth.LanguageServer.Protocol.Editing;

public sealed record Hover(MarkupContent Contents, LspRange? Range);
