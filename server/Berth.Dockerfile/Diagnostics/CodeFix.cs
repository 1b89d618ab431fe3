using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Diagnostics;

/// <summary>One replacement of document text: the span to replace (empty to insert) and the new text.</summary>
public sealed record TextEdit(TextSpan Span, string NewText);

/// <summary>
/// A fix a diagnostic offers: a title for the editor's menu and the edits that apply it. <see cref="IsCertain"/>
/// marks fixes that are always right, the ones "fix all" (source.fixAll.berth, berth lint --fix) applies.
/// </summary>
public sealed record CodeFix(string Title, IReadOnlyList<TextEdit> Edits, bool IsCertain = true);
