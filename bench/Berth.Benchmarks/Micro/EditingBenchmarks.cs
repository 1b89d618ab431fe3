using BenchmarkDotNet.Attributes;
using Berth.Dockerfile.LanguageService.Completion;
using Berth.Dockerfile.LanguageService.Hover;
using Berth.Dockerfile.LanguageService.Symbols;

namespace Berth.Benchmarks.Micro;

/// <summary>
/// Editing features on a ready snapshot, at the carets of the LSP session: the symbol table they share,
/// completion just after "${" in the middle, and hover on a RUN keyword in the middle.
/// </summary>
public class EditingBenchmarks : SizedDocuments
{
    private SymbolTable _symbols = null!;
    private int _completionOffset;
    private int _hoverOffset;

    public override void Setup()
    {
        base.Setup();
        _symbols = SymbolTable.Build(Document.Syntax);
        _completionOffset = OffsetOf(Plan.CompletionAt);
        _hoverOffset = OffsetOf(Plan.HoverAt);
    }

    [Benchmark]
    public SymbolTable Symbols() => SymbolTable.Build(Document.Syntax);

    [Benchmark]
    public int Completion() => CompletionService.Complete(Document, _symbols, _completionOffset).Count;

    [Benchmark]
    public HoverInfo? Hover() => HoverService.Hover(Document, _symbols, _hoverOffset);
}
