using System.Collections.Immutable;
using Berth.Dockerfile.LanguageService.Docs;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.LanguageService.Symbols;

/// <summary>
/// The names of one Dockerfile and where each is written: build stages and their references (FROM, COPY --from,
/// RUN --mount=from=, by name or by index), ARG and ENV variables with Docker's scopes (global ARGs reach FROM lines and stages that
/// declare them again; stage ARGs and ENVs reach the rest of their stage; ENVs also reach stages built FROM
/// their stage), and here-document delimiters. Built in one pass, in document order.
/// </summary>
public sealed class SymbolTable
{
    private readonly SymbolOccurrence[] _occurrences;
    private readonly int[] _starts;

    private readonly Dictionary<DockerfileSymbol, HeredocSyntax> _heredocs;

    private SymbolTable(IReadOnlyList<BuildStageInfo> stages, List<DockerfileSymbol> symbols, List<SymbolOccurrence> occurrences,
        IReadOnlyList<VariableScopeSnapshot> scopes, Dictionary<DockerfileSymbol, HeredocSyntax> heredocs)
    {
        _heredocs = heredocs;
        Stages = stages;
        Symbols = symbols;
        occurrences.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        _occurrences = occurrences.ToArray();
        _starts = _occurrences.Select(o => o.Span.Start).ToArray();
        Scopes = scopes;
    }

    public IReadOnlyList<BuildStageInfo> Stages { get; }

    public IReadOnlyList<DockerfileSymbol> Symbols { get; }

    /// <summary>Every occurrence of every symbol, in document order (an unnamed stage's FROM-line declaration excepted).</summary>
    public IReadOnlyList<SymbolOccurrence> Occurrences => _occurrences;

    /// <summary>The variables visible at the start of each instruction (same index as the syntax's instructions).</summary>
    public IReadOnlyList<VariableScopeSnapshot> Scopes { get; }

    /// <summary>The occurrence whose name holds <paramref name="offset"/> or ends right at it.</summary>
    public SymbolOccurrence? OccurrenceAt(int offset)
    {
        var index = Array.BinarySearch(_starts, offset);
        if (index < 0) index = ~index - 1;
        for (var i = Math.Min(index + 1, _occurrences.Length - 1); i >= 0 && i >= index - 1; i--)
        {
            if (_occurrences[i].Span.ContainsOrTouches(offset)) return _occurrences[i];
        }
        return null;
    }

    /// <summary>The here-document a delimiter symbol opens and closes; null for other symbols.</summary>
    public HeredocSyntax? HeredocOf(DockerfileSymbol symbol) => _heredocs.GetValueOrDefault(symbol);

    public BuildStageInfo? StageOf(int instructionIndex) =>
        Stages.LastOrDefault(s => s.FirstInstruction <= instructionIndex && instructionIndex <= s.LastInstruction);

    public static SymbolTable Build(DockerfileSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        return new Builder(syntax).Run();
    }

    private sealed class Builder(DockerfileSyntax syntax)
    {
        private readonly List<DockerfileSymbol> _symbols = [];
        private readonly List<SymbolOccurrence> _occurrences = [];
        private readonly List<VariableScopeSnapshot> _scopes = [];
        private ImmutableDictionary<string, VariableBinding> _globals = ImmutableDictionary<string, VariableBinding>.Empty;
        private readonly Dictionary<string, DockerfileSymbol> _predefined = new(StringComparer.Ordinal);
        private readonly List<ImmutableDictionary<string, VariableBinding>> _stageEnvs = [];
        private ImmutableDictionary<string, VariableBinding> _args = ImmutableDictionary<string, VariableBinding>.Empty;
        private ImmutableDictionary<string, VariableBinding> _envs = ImmutableDictionary<string, VariableBinding>.Empty;
        private readonly Dictionary<(int, string, DockerfileSymbolKind), DockerfileSymbol> _scoped = [];
        // Each stage's own declaration: its name, or for an unnamed stage (once referred to by index) its FROM line.
        private readonly Dictionary<int, SymbolOccurrence> _stageDeclarations = [];
        private readonly Dictionary<DockerfileSymbol, HeredocSyntax> _heredocs = [];
        // The indexes of the stages of each name, ascending: a reference finds its stage without a walk over all stages
        // (a 50,000-line file has ~700, and nearly as many references).
        private readonly Dictionary<string, List<int>> _stagesByName = new(StringComparer.OrdinalIgnoreCase);

        public SymbolTable Run()
        {
            var stages = FindStages();
            var instructions = syntax.Instructions;
            var stageIndex = -1;
            for (var i = 0; i < instructions.Count; i++)
            {
                var instruction = instructions[i];
                if (instruction.Kind == InstructionKind.From && stageIndex + 1 < stages.Count && stages[stageIndex + 1].FirstInstruction == i)
                {
                    if (stageIndex >= 0) _stageEnvs.Add(_envs);
                    stageIndex++;
                    var stage = stages[stageIndex];
                    _args = ImmutableDictionary<string, VariableBinding>.Empty;
                    _envs = stage.Parent is { } parent && parent.Index < _stageEnvs.Count
                        ? _stageEnvs[parent.Index]
                        : ImmutableDictionary<string, VariableBinding>.Empty;
                    _scopes.Add(new VariableScopeSnapshot(-1, _globals, ImmutableDictionary<string, VariableBinding>.Empty));
                    ReadFrom(instruction, stage, stages);
                    continue;
                }
                _scopes.Add(stageIndex < 0
                    ? new VariableScopeSnapshot(-1, _globals, ImmutableDictionary<string, VariableBinding>.Empty)
                    : new VariableScopeSnapshot(stageIndex, _args, _envs));
                ReadInstruction(instruction, stageIndex, stages);
            }
            return new SymbolTable(stages, _symbols, _occurrences, _scopes, _heredocs);
        }

        private List<BuildStageInfo> FindStages()
        {
            var fromIndexes = new List<int>();
            for (var i = 0; i < syntax.Instructions.Count; i++)
                if (syntax.Instructions[i].Kind == InstructionKind.From) fromIndexes.Add(i);
            var stages = new List<BuildStageInfo>(fromIndexes.Count);
            for (var s = 0; s < fromIndexes.Count; s++)
            {
                var from = syntax.Instructions[fromIndexes[s]];
                var parts = from.From!;
                var last = s + 1 < fromIndexes.Count ? fromIndexes[s + 1] - 1 : syntax.Instructions.Count - 1;
                var image = parts.Image?.Value;
                var parent = image is null ? null : LastNamed(stages, image, stages.Count);
                DockerfileSymbol? symbol = null;
                var name = parts.StageName?.Value;
                if (parts.StageName is { } nameWord && name!.Length > 0)
                {
                    symbol = LastNamed(stages, name, stages.Count)?.Symbol;
                    if (symbol is null)
                    {
                        symbol = new DockerfileSymbol(DockerfileSymbolKind.Stage, name, -1);
                        _symbols.Add(symbol);
                    }
                }
                stages.Add(new BuildStageInfo(s, from, string.IsNullOrEmpty(name) ? null : name, symbol, fromIndexes[s], last, parent));
                if (!string.IsNullOrEmpty(name))
                {
                    if (!_stagesByName.TryGetValue(name, out var named)) _stagesByName[name] = named = [];
                    named.Add(s);
                }
            }
            return stages;
        }

        private void ReadFrom(InstructionSyntax from, BuildStageInfo stage, List<BuildStageInfo> stages)
        {
            ResolveReferences(from, name => LookupGlobal(name));
            var parts = from.From!;
            if (stage.Symbol is { } symbol && parts.StageName is { } nameWord)
                _stageDeclarations[stage.Index] = Declare(symbol, nameWord.Span, null);
            if (parts.Image is { } image && stage.Parent is { Symbol: { } parentSymbol })
                Reference(parentSymbol, image.Span, null);
            _ = stages;
        }

        private void ReadInstruction(InstructionSyntax instruction, int stageIndex, List<BuildStageInfo> stages)
        {
            var lookup = stageIndex < 0
                ? (Func<string, VariableBinding?>)(name => LookupGlobal(name))
                : name => LookupInStage(name, instruction);
            ResolveReferences(instruction, lookup);
            ResolveHeredocReferences(instruction, lookup);
            ReadStageReferences(instruction, stageIndex, stages);
            ReadHeredocs(instruction, stageIndex);
            var target = instruction.Trigger is null ? instruction : null;
            if (target is null) return;
            if (instruction.Kind == InstructionKind.Arg) DeclareArgs(instruction, stageIndex, lookup);
            else if (instruction.Kind == InstructionKind.Env && stageIndex >= 0) DeclareEnvs(instruction, stageIndex, lookup);
        }

        private void DeclareArgs(InstructionSyntax instruction, int stageIndex, Func<string, VariableBinding?> lookup)
        {
            foreach (var pair in instruction.KeyValues)
            {
                if (pair.Key.Length == 0) continue;
                var value = Expand(pair.Value, lookup);
                if (stageIndex < 0)
                {
                    var symbol = _globals.TryGetValue(pair.Key, out var existing) && existing.Symbol.Kind == DockerfileSymbolKind.GlobalArg
                        ? existing.Symbol
                        : NewSymbol(DockerfileSymbolKind.GlobalArg, pair.Key, -1);
                    var occurrence = Declare(symbol, pair.KeySpan, value);
                    _globals = _globals.SetItem(pair.Key, new VariableBinding(symbol, value, occurrence, pair.Value is not null));
                    continue;
                }
                if (pair.Value is null && _globals.TryGetValue(pair.Key, out var global))
                {
                    // "ARG NAME" in a stage imports the global ARG: same symbol, the global's value.
                    var occurrence = Declare(global.Symbol, pair.KeySpan, global.Value);
                    _args = _args.SetItem(pair.Key, new VariableBinding(global.Symbol, global.Value, occurrence, global.HasDefault));
                    continue;
                }
                if (pair.Value is null && PredefinedArgs.SummaryOf(pair.Key) is not null)
                {
                    var predefined = Predefined(pair.Key);
                    var occurrence = Reference(predefined, pair.KeySpan, null);
                    _args = _args.SetItem(pair.Key, new VariableBinding(predefined, null, occurrence, false));
                    continue;
                }
                var stageSymbol = Scoped(DockerfileSymbolKind.StageArg, pair.Key, stageIndex);
                var declared = Declare(stageSymbol, pair.KeySpan, value);
                _args = _args.SetItem(pair.Key, new VariableBinding(stageSymbol, value, declared, pair.Value is not null));
            }
        }

        private void DeclareEnvs(InstructionSyntax instruction, int stageIndex, Func<string, VariableBinding?> lookup)
        {
            foreach (var pair in instruction.KeyValues)
            {
                if (pair.Key.Length == 0) continue;
                var value = Expand(pair.Value, lookup);
                var symbol = Scoped(DockerfileSymbolKind.Env, pair.Key, stageIndex);
                var occurrence = Declare(symbol, pair.KeySpan, value);
                _envs = _envs.SetItem(pair.Key, new VariableBinding(symbol, value, occurrence, true));
            }
        }

        private static string? Expand(string? value, Func<string, VariableBinding?> lookup) =>
            VariableExpander.Expand(value, name => lookup(name) is { } b ? (true, b.Value) : (false, null));

        private VariableBinding? LookupGlobal(string name)
        {
            if (_globals.TryGetValue(name, out var binding)) return binding;
            foreach (var (n, _) in PredefinedArgs.Platform)
                if (n == name) return new VariableBinding(Predefined(name), null, null, false);
            return null;
        }

        private VariableBinding? LookupInStage(string name, InstructionSyntax instruction)
        {
            if (_envs.TryGetValue(name, out var env)) return env;
            if (_args.TryGetValue(name, out var arg)) return arg;
            var kind = instruction.Trigger?.Kind ?? instruction.Kind;
            if (kind == InstructionKind.Run && PredefinedArgs.Proxy.Contains(name)) return new VariableBinding(Predefined(name), null, null, false);
            return null;
        }

        private void ResolveReferences(InstructionSyntax instruction, Func<string, VariableBinding?> lookup)
        {
            foreach (var reference in instruction.Variables) ResolveReference(reference, lookup);
        }

        // A RUN here-document is a script: the shell expands $NAME from the ARGs and ENVs in scope. COPY/ADD bodies are
        // expanded by the builder unless the delimiter is quoted.
        private void ResolveHeredocReferences(InstructionSyntax instruction, Func<string, VariableBinding?> lookup)
        {
            var kind = instruction.Trigger?.Kind ?? instruction.Kind;
            foreach (var heredoc in instruction.Heredocs)
            {
                if (heredoc.Body.Length == 0 || heredoc.Body.IndexOf('$', StringComparison.Ordinal) < 0) continue;
                if (kind != InstructionKind.Run && !heredoc.ExpandsVariables) continue;
                var offsets = new int[heredoc.Body.Length + 1];
                for (var i = 0; i < offsets.Length; i++) offsets[i] = heredoc.BodySpan.Start + i;
                var line = new LogicalLine(heredoc.Body, offsets);
                var references = new List<VariableReferenceSyntax>();
                VariableScanner.Scan(line, 0, heredoc.Body.Length, '\\', references);
                foreach (var reference in references) ResolveReference(reference, lookup);
            }
        }

        private void ResolveReference(VariableReferenceSyntax reference, Func<string, VariableBinding?> lookup)
        {
            if (lookup(reference.Name) is { } binding)
            {
                var occurrence = new SymbolOccurrence(binding.Symbol, reference.NameSpan, false, binding.Value, binding.Declaration);
                binding.Symbol.Add(occurrence);
                _occurrences.Add(occurrence);
            }
            foreach (var nested in reference.Nested) ResolveReference(nested, lookup);
        }

        private void ReadStageReferences(InstructionSyntax instruction, int stageIndex, List<BuildStageInfo> stages)
        {
            var kind = instruction.Kind;
            if (kind is InstructionKind.Copy or InstructionKind.Add && instruction.Flag("from") is { ValueSpan: { } span, Value: { } value })
                StageReference(value, span, stageIndex, stages);
            if (kind != InstructionKind.Run) return;
            foreach (var flag in instruction.Flags)
            {
                if (!string.Equals(flag.Name, "mount", StringComparison.OrdinalIgnoreCase)) continue;
                foreach (var option in instruction.FlagOptions(flag))
                {
                    if (!string.Equals(option.Key, "from", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(option.Value)) continue;
                    var valueStart = option.Span.End - option.Value.Length;
                    StageReference(option.Value, TextSpan.FromBounds(valueStart, option.Span.End), stageIndex, stages);
                }
            }
        }

        private void StageReference(string name, TextSpan span, int stageIndex, List<BuildStageInfo> stages)
        {
            if (name.Length > 0 && name.All(char.IsAsciiDigit))
            {
                // Docker reads a number as a stage index, and only an earlier stage can be copied from.
                if (span.Length == name.Length && int.TryParse(name, System.Globalization.NumberStyles.None, null, out var index) && index < stageIndex)
                    StageIndexReference(stages[index], span);
                return;
            }
            var stage = LastNamed(stages, name, Math.Max(stageIndex, 0)) ?? LastNamed(stages, name, stages.Count);
            if (stage?.Symbol is { } symbol && span.Length == name.Length) Reference(symbol, span, null);
        }

        // The last stage called `name` among the first `before` stages, if any.
        private BuildStageInfo? LastNamed(List<BuildStageInfo> stages, string name, int before)
        {
            if (!_stagesByName.TryGetValue(name, out var indexes)) return null;
            var found = indexes.BinarySearch(before);
            var position = (found >= 0 ? found : ~found) - 1;
            return position >= 0 ? stages[indexes[position]] : null;
        }

        private void StageIndexReference(BuildStageInfo stage, TextSpan span)
        {
            if (!_stageDeclarations.TryGetValue(stage.Index, out var declaration))
            {
                var symbol = NewSymbol(DockerfileSymbolKind.UnnamedStage, stage.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), -1);
                var from = stage.From;
                var end = from.From?.Image?.Span.End ?? from.KeywordSpan.End;
                declaration = new SymbolOccurrence(symbol, TextSpan.FromBounds(from.KeywordSpan.Start, Math.Max(end, from.KeywordSpan.End)), true, null, null);
                symbol.Add(declaration);
                _stageDeclarations[stage.Index] = declaration;
            }
            var occurrence = new SymbolOccurrence(declaration.Symbol, span, false, null, declaration) { IsStageIndex = true };
            declaration.Symbol.Add(occurrence);
            _occurrences.Add(occurrence);
        }

        private void ReadHeredocs(InstructionSyntax instruction, int stageIndex)
        {
            foreach (var heredoc in instruction.Heredocs)
            {
                var symbol = NewSymbol(DockerfileSymbolKind.HeredocDelimiter, heredoc.Delimiter, stageIndex);
                _heredocs[symbol] = heredoc;
                var declaration = Declare(symbol, heredoc.DelimiterSpan, null);
                if (heredoc.TerminatorSpan is { } terminator)
                {
                    var start = terminator.End - heredoc.Delimiter.Length;
                    var occurrence = new SymbolOccurrence(symbol, TextSpan.FromBounds(start, terminator.End), false, null, declaration);
                    symbol.Add(occurrence);
                    _occurrences.Add(occurrence);
                }
            }
        }

        private DockerfileSymbol Predefined(string name)
        {
            if (_predefined.TryGetValue(name, out var symbol)) return symbol;
            symbol = NewSymbol(DockerfileSymbolKind.PredefinedArg, name, -1);
            _predefined[name] = symbol;
            return symbol;
        }

        private DockerfileSymbol Scoped(DockerfileSymbolKind kind, string name, int stageIndex)
        {
            if (_scoped.TryGetValue((stageIndex, name, kind), out var symbol)) return symbol;
            symbol = NewSymbol(kind, name, stageIndex);
            _scoped[(stageIndex, name, kind)] = symbol;
            return symbol;
        }

        private DockerfileSymbol NewSymbol(DockerfileSymbolKind kind, string name, int stageIndex)
        {
            var symbol = new DockerfileSymbol(kind, name, stageIndex);
            _symbols.Add(symbol);
            return symbol;
        }

        private SymbolOccurrence Declare(DockerfileSymbol symbol, TextSpan span, string? value)
        {
            var occurrence = new SymbolOccurrence(symbol, span, true, value, null);
            symbol.Add(occurrence);
            _occurrences.Add(occurrence);
            return occurrence;
        }

        private SymbolOccurrence Reference(DockerfileSymbol symbol, TextSpan span, string? value)
        {
            var definition = symbol.LastDeclaration;
            var occurrence = new SymbolOccurrence(symbol, span, false, value, definition);
            symbol.Add(occurrence);
            _occurrences.Add(occurrence);
            return occurrence;
        }
    }
}

/// <summary>A variable as visible at some point: its symbol, its value there (null when unknown) and the declaration in force.</summary>
public sealed record VariableBinding(DockerfileSymbol Symbol, string? Value, SymbolOccurrence? Declaration, bool HasDefault);

/// <summary>The variables in scope at the start of one instruction: global ones (stage -1, in FROM lines) or a stage's ARGs and ENVs.</summary>
public sealed record VariableScopeSnapshot(int StageIndex, IReadOnlyDictionary<string, VariableBinding> Args, IReadOnlyDictionary<string, VariableBinding> Envs)
{
    /// <summary>What <c>$name</c> means here: ENV wins over ARG, as in Docker.</summary>
    public VariableBinding? Lookup(string name) => Envs.GetValueOrDefault(name) ?? Args.GetValueOrDefault(name);

    public IEnumerable<VariableBinding> All => Envs.Values.Concat(Args.Values.Where(a => !Envs.ContainsKey(a.Symbol.Name)));
}
