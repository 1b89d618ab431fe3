using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Rules.Commands;

/// <summary>
/// DL3010: a local tar archive is COPYed and then unpacked with <c>tar -x</c> in a later RUN of the same stage.
/// ADD unpacks local tar archives (plain, gzip, bzip2, xz, zstd) itself, in one layer without the archive. Zip
/// files and other single-file compressions are left alone: ADD does not unpack them (hadolint reports those too).
/// </summary>
internal sealed class UseAddForArchives : IRule
{
    private static readonly string[] TarArchives = [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz", ".tar.zst", ".tzst"];

    public RuleDescriptor Descriptor { get; } = new("DL3010", Severity.Info, "Use ADD to extract a tar archive", []);

    public void Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            var copied = new List<(string Name, TextSpan Span, InstructionSyntax Copy)>();
            var reported = new HashSet<TextSpan>();
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Kind == InstructionKind.Copy) copied.AddRange(Archives(instruction));
                if (instruction.Kind != InstructionKind.Run || copied.Count == 0) continue;
                foreach (var script in context.ScriptsOf(instruction))
                    foreach (var command in script.Commands)
                        foreach (var archive in TarExtraction.PlainlyExtracted(command).Where(w => !w.IsDynamic))
                        {
                            var name = BaseName(archive.Value);
                            foreach (var (copiedName, span, copy) in copied)
                            {
                                if (copiedName != name || !reported.Add(span)) continue;
                                var line = context.Document.Lines.PositionOf(command.NameSpan.Start).Line + 1;
                                context.Report(Descriptor, span,
                                    $"'{name}' is copied here and unpacked by tar on line {line}; 'ADD {name} <folder>/' unpacks it in one step, without leaving the archive in a layer.");
                            }
                        }
            }
        }
    }

    // The archives a COPY brings in: sources named like a tar archive, or a destination file named like one.
    private static IEnumerable<(string Name, TextSpan Span, InstructionSyntax Copy)> Archives(InstructionSyntax copy)
    {
        if (copy.Flag("from") is not null || copy.Heredocs.Count > 0) yield break;
        var arguments = copy.ExecForm is { } exec
            ? exec.Elements.Select(e => (e.Value, e.Span)).ToList()
            : copy.Arguments.Select(a => (a.Value, a.Span)).ToList();
        if (arguments.Count < 2) yield break;
        var destination = arguments[^1];
        if (IsTarArchive(destination.Value))
        {
            yield return (BaseName(destination.Value), arguments[0].Span, copy);
            yield break;
        }
        foreach (var (value, span) in arguments.SkipLast(1))
            if (IsTarArchive(value) && !value.Contains('$', StringComparison.Ordinal) && value.IndexOfAny(['*', '?', '[']) < 0)
                yield return (BaseName(value), span, copy);
    }

    private static bool IsTarArchive(string path) => TarArchives.Any(a => path.EndsWith(a, StringComparison.OrdinalIgnoreCase));

    private static string BaseName(string path) => path[(path.LastIndexOfAny(['/', '\\']) + 1)..];
}
