using Berth.Dockerfile.Text;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;
using LspRange = Berth.LanguageServer.Protocol.Range;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>The few conversions every editing handler needs: find the Dockerfile snapshot, positions to offsets and back.</summary>
internal static class EditingConversions
{
    /// <summary>The open Dockerfile named by <paramref name="uri"/>, or null (not open, or not a Dockerfile).</summary>
    public static DocumentSnapshot? Dockerfile(this ServerSession session, string uri)
    {
        var snapshot = session.Documents.Get(uri);
        return snapshot is { IsDockerfile: true } ? snapshot : null;
    }

    public static int Offset(this DocumentSnapshot snapshot, Position position) =>
        snapshot.Lines.OffsetOf(new LinePosition(position.Line, position.Character));

    public static TextSpan Span(this DocumentSnapshot snapshot, LspRange range) =>
        snapshot.Lines.SpanOf(new LineRange(new LinePosition(range.Start.Line, range.Start.Character), new LinePosition(range.End.Line, range.End.Character)));

    public static LspRange Range(this DocumentSnapshot snapshot, TextSpan span)
    {
        var range = snapshot.Lines.RangeOf(span);
        return new LspRange(new Position(range.Start.Line, range.Start.Character), new Position(range.End.Line, range.End.Character));
    }

    public static Position Position(this DocumentSnapshot snapshot, int offset)
    {
        var position = snapshot.Lines.PositionOf(offset);
        return new Position(position.Line, position.Character);
    }
}
