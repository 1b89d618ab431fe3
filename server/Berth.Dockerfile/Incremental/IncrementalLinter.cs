using Berth.Dockerfile.BuildContext;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;
using Berth.Dockerfile.Rules.Instructions;
using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.Incremental;

/// <summary>
/// <see cref="Linter.Lint(DockerfileDocument, LintSettings, IBuildContext?)"/> for a document that is being edited:
/// the same findings, version after version, but only the stages an edit touched are checked again.
/// </summary>
/// <remarks>
/// <para>A Dockerfile is cut into stages (<see cref="StageSplitter"/>). What one stage's findings may depend on in the
/// rest of the file is small and known: the prelude (directives, global ARGs), every FROM line, every instruction
/// that names a stage, the file-wide pragmas, the file's majority keyword casing, and the whole text of the stages it
/// is built FROM. An edit that leaves all of that alone (typing inside a RUN, a COPY, a comment...) re-reads only the
/// edited stage, and re-checks it and the stages built on it in a slice of the file (<see cref="SliceText"/>): every
/// other stage reduced to its outline, each line keeping its number. Every other stage keeps its findings. Anything else (an edit in the prelude, to a FROM line, one that opens a here-document
/// or a continuation that runs on, ...) checks the whole file again.</para>
/// <para>Not thread-safe: one instance per document, fed its versions in order.</para>
/// </remarks>
public sealed class IncrementalLinter(LintSettings settings, IBuildContext? buildContext = null)
{
    private State? _state;

    public LintSettings Settings { get; } = settings ?? throw new ArgumentNullException(nameof(settings));

    /// <summary>
    /// The build context the context rules (COPY sources) check against. Replacing it with a fresh read of the same
    /// context keeps the findings of the stages that aren't checked again; for another context, start a new linter.
    /// </summary>
    public IBuildContext? BuildContext { get; set; } = buildContext;

    private sealed record State(string Text, char Escape, List<StagePiece> Pieces, PieceFindings[] Findings, int[][] BaseChains, KeywordCasing Casing);

    /// <summary>The findings of <paramref name="text"/>, equal to a full lint of it.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="parsed">
    /// The parse of <paramref name="text"/> that the caller keeps anyway (the editor's snapshot parses each version once,
    /// for its features), asked for only when the whole file must be checked, so that a large file is not parsed twice.
    /// </param>
    public IncrementalLintResult Lint(string text, Func<DockerfileDocument>? parsed = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_state is { } state)
        {
            if (string.Equals(state.Text, text, StringComparison.Ordinal)) return Result(state, checkedStages: 0);
            if (TryLintEdit(state, text) is { } edited) return edited;
        }
        return LintWholeFile(text, parsed);
    }

    private IncrementalLintResult LintWholeFile(string text, Func<DockerfileDocument>? parsed)
    {
        var document = parsed?.Invoke() ?? DockerfileDocument.Parse(text);
        if (!string.Equals(document.Text, text, StringComparison.Ordinal))
            throw new ArgumentException("The parsed document is of another text.", nameof(parsed));
        var diagnostics = Linter.Lint(document, Settings, BuildContext);
        var pieces = StageSplitter.SplitFile(text, document.Syntax.Nodes);
        var chains = new int[pieces.Count][];
        chains[0] = [];
        foreach (var stage in document.Semantics.Stages)
        {
            var chain = new List<int>();
            for (var b = stage.BaseStage; b is not null && chain.Count <= pieces.Count; b = b.BaseStage) chain.Add(b.Index + 1);
            chains[stage.Index + 1] = [.. chain];
        }
        var findings = new PieceFindings[pieces.Count];
        var all = Enumerable.Range(0, pieces.Count).ToHashSet();
        Partition(diagnostics, pieces, all, findings);
        var state = new State(text, document.Syntax.Escape, pieces, findings, chains, CasingOf(pieces));
        _state = findings.All(f => f.IsMovable) ? state : null;
        return Result(state, pieces.Count - 1);
    }

    private IncrementalLintResult? TryLintEdit(State old, string text)
    {
        var pieces = old.Pieces;
        var (editStart, oldEditEnd, newEditEnd) = Difference(old.Text, text);
        var delta = text.Length - old.Text.Length;

        // The pieces the edit touches (touching an edge counts: a deleted line break joins two stages).
        var first = pieces.FindIndex(p => editStart <= p.End && oldEditEnd >= p.Start);
        var last = pieces.FindLastIndex(p => editStart <= p.End && oldEditEnd >= p.Start);
        if (first <= 0) return null;

        List<StagePiece>? region = null;
        while (region is null)
        {
            var regionStart = pieces[first].Start;
            var regionEnd = pieces[last].End + delta;
            var fragment = DockerfileParser.ParseFragment(text[regionStart..regionEnd], old.Escape);
            var atEnd = last == pieces.Count - 1;
            // An unclosed here-document or a trailing continuation would run on into the next stage.
            if (!atEnd && fragment.Diagnostics.Any(d => d.Code == CoreRules.UnterminatedHeredoc.Id || d.Code == CoreRules.ContinuationAtEndOfFile.Id)) return null;
            // Comment lines at the end belong to the next stage when it starts right after them: read it along.
            if (!atEnd && fragment.Nodes.Count > 0 && fragment.Nodes[^1] is CommentSyntax or BlankLineSyntax)
            {
                last++;
                continue;
            }
            region = StageSplitter.SplitStages(fragment.Text, fragment.Nodes, regionStart);
            if (region is null || region.Count != last - first + 1) return null;
        }

        var next = new List<StagePiece>(pieces.Count);
        next.AddRange(pieces.Take(first));
        next.AddRange(region);
        next.AddRange(pieces.Skip(last + 1).Select(p => p.MovedTo(p.Start + delta)));
        for (var i = first; i <= last; i++)
            if (!string.Equals(next[i].Outline.Signature, pieces[i].Outline.Signature, StringComparison.Ordinal)) return null;
        // The casing may shift, as long as the file's majority stays the same.
        var casing = CasingOf(next);
        if (casing.MostlyLower != old.Casing.MostlyLower) return null;

        // Re-check the edited stages, the stages built on them, and those whose findings can't simply move.
        var lineDelta = CountLineBreaks(text, editStart, newEditEnd) - CountLineBreaks(old.Text, editStart, oldEditEnd);
        var changed = Enumerable.Range(first, last - first + 1).Where(i => !string.Equals(next[i].Text, pieces[i].Text, StringComparison.Ordinal)).ToHashSet();
        var recheck = new HashSet<int>(changed);
        for (var i = 1; i < next.Count; i++)
        {
            if (old.BaseChains[i].Any(changed.Contains)) recheck.Add(i);
            if (lineDelta != 0 && next[i].Start > editStart && old.Findings[i].QuotesLines) recheck.Add(i);
        }
        if (recheck.Count * 2 > next.Count) return null;

        var findings = (PieceFindings[])old.Findings.Clone();
        if (recheck.Count > 0)
        {
            var slice = SliceText.Build(next, recheck, old.BaseChains, text.Length);
            var diagnostics = Linter.Lint(DockerfileDocument.ParseSlice(slice.Text), Settings, BuildContext, casing).Select(d => d.WithSpansMapped(slice.ToFile)).ToArray();
            Partition(diagnostics, next, recheck, findings);
            if (recheck.Any(i => !findings[i].IsMovable)) return null;
        }
        var state = new State(text, old.Escape, next, findings, old.BaseChains, casing);
        _state = state;
        return Result(state, recheck.Count);
    }

    // Deals the findings out to the pieces they start in; pieces outside `wanted` keep what they have.
    private static void Partition(IReadOnlyList<Diagnostic> diagnostics, List<StagePiece> pieces, IReadOnlySet<int> wanted, PieceFindings[] into)
    {
        var buckets = new Dictionary<int, List<Diagnostic>>();
        foreach (var index in wanted) buckets[index] = [];
        var p = 0;
        foreach (var diagnostic in diagnostics)
        {
            while (p < pieces.Count - 1 && diagnostic.Span.Start >= pieces[p].End) p++;
            while (p > 0 && diagnostic.Span.Start < pieces[p].Start) p--;
            if (buckets.TryGetValue(p, out var bucket)) bucket.Add(diagnostic);
        }
        var preludeEnd = pieces[0].End;
        foreach (var (index, bucket) in buckets) into[index] = new PieceFindings(bucket, pieces[index].Start, preludeEnd, pieces[index].End);
    }

    private static IncrementalLintResult Result(State state, int checkedStages) =>
        new(state.Pieces.Select((p, i) => new LintedPiece(p.Start, state.Findings[i])).ToArray(), checkedStages, state.Pieces.Count - 1);

    private static KeywordCasing CasingOf(List<StagePiece> pieces) =>
        pieces.Aggregate(default(KeywordCasing), (sum, p) => sum + p.Outline.Casing);

    /// <summary>The one replaced range that turns <paramref name="before"/> into <paramref name="after"/>.</summary>
    internal static (int Start, int OldEnd, int NewEnd) Difference(string before, string after)
    {
        var prefix = before.AsSpan().CommonPrefixLength(after);
        var limit = Math.Min(before.Length, after.Length) - prefix;
        // The common suffix, compared in vectorized blocks from the end and then character by character.
        const int Block = 256;
        var suffix = 0;
        while (suffix + Block <= limit && before.AsSpan(before.Length - suffix - Block, Block).SequenceEqual(after.AsSpan(after.Length - suffix - Block, Block))) suffix += Block;
        while (suffix < limit && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix]) suffix++;
        return (prefix, before.Length - suffix, after.Length - suffix);
    }

    private static int CountLineBreaks(string text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))) count++;
        return count;
    }
}

/// <summary>The findings of one stage (piece 0 is the prelude) where it starts in this version.</summary>
public readonly record struct LintedPiece(int Start, PieceFindings Findings)
{
    public IReadOnlyList<Diagnostic> Diagnostics => Findings.At(Start);
}

/// <summary>
/// What <see cref="IncrementalLinter.Lint"/> found: the findings stage by stage (in text order, so their concatenation
/// is sorted as <see cref="Linter.Lint(DockerfileDocument, LintSettings)"/> sorts), and how many stages it checked again.
/// </summary>
public sealed record IncrementalLintResult(IReadOnlyList<LintedPiece> Pieces, int CheckedStages, int Stages)
{
    public IReadOnlyList<Diagnostic> Diagnostics => [.. Pieces.SelectMany(p => p.Diagnostics)];
}
