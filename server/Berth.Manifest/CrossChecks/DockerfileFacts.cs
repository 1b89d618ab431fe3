using System.Globalization;
using Berth.Dockerfile;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Manifest.CrossChecks;

/// <summary>A port an EXPOSE instruction declares ("8080", "8080/tcp", a range "8000-8010/udp").</summary>
public sealed record ExposedPort(int First, int Last, string Protocol)
{
    public bool Covers(int port, string protocol) => port >= First && port <= Last && Protocol == protocol;
}

/// <summary>One build stage: its FROM, its name (when it has one) and what it declares.</summary>
public sealed record DockerfileStage(
    int Index,
    string? Name,
    TextSpan? NameSpan,
    TextSpan FromSpan,
    string BaseImage,
    IReadOnlyList<string> Args,
    IReadOnlyList<ExposedPort> Exposed,
    bool ExposesUnknownPorts,
    IReadOnlyList<string> DependsOn);

/// <summary>
/// What the manifest checks need to know about a Dockerfile: stages, ARGs and EXPOSEd ports. Read from the
/// syntax tree, so it is as pure as the parser.
/// </summary>
public sealed record DockerfileFacts(IReadOnlyList<string> GlobalArgs, IReadOnlyList<DockerfileStage> Stages)
{
    public static DockerfileFacts From(DockerfileDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var globalArgs = new List<string>();
        var stages = new List<DockerfileStage>();
        StageBuilder? current = null;
        foreach (var instruction in document.Syntax.Instructions)
        {
            switch (instruction.Kind)
            {
                case InstructionKind.From:
                    if (current is not null) stages.Add(current.Build());
                    var from = instruction.From!;
                    current = new StageBuilder(stages.Count, from.StageName?.Value, from.StageName?.Span, instruction.Span, from.Image?.Value ?? "");
                    if (from.Image is { } image) current.DependsOn.Add(image.Value);
                    break;
                case InstructionKind.Arg:
                    var names = instruction.KeyValues.Select(kv => kv.Key).Where(k => k.Length > 0);
                    if (current is null) globalArgs.AddRange(names);
                    else current.Args.AddRange(names);
                    break;
                case InstructionKind.Expose when current is not null:
                    foreach (var argument in instruction.Arguments) current.AddExposed(argument.Value);
                    break;
                case InstructionKind.Copy or InstructionKind.Add when current is not null:
                    if (instruction.Flag("from")?.Value is { Length: > 0 } source) current.DependsOn.Add(source);
                    break;
                case InstructionKind.Run when current is not null:
                    foreach (var mount in instruction.Flags.Where(f => string.Equals(f.Name, "mount", StringComparison.OrdinalIgnoreCase)))
                    {
                        if (mount.Value is null) continue;
                        foreach (var option in mount.Value.Split(','))
                        {
                            if (option.StartsWith("from=", StringComparison.OrdinalIgnoreCase)) current.DependsOn.Add(option[5..]);
                        }
                    }
                    break;
            }
        }
        if (current is not null) stages.Add(current.Build());
        return new DockerfileFacts(globalArgs, stages);
    }

    /// <summary>The stage `build.target` names (Docker compares stage names case-insensitively), or the last stage when target is null.</summary>
    public DockerfileStage? Stage(string? target) => target is null
        ? (Stages.Count > 0 ? Stages[^1] : null)
        : Stages.FirstOrDefault(s => string.Equals(s.Name, target, StringComparison.OrdinalIgnoreCase));

    /// <summary>The stages a build of <paramref name="target"/> runs: the target and every stage it reaches through FROM, COPY --from and RUN --mount=from.</summary>
    public IReadOnlyList<DockerfileStage> StagesBuiltFor(DockerfileStage target)
    {
        var built = new List<DockerfileStage>();
        var pending = new Stack<DockerfileStage>([target]);
        while (pending.Count > 0)
        {
            var stage = pending.Pop();
            if (built.Contains(stage)) continue;
            built.Add(stage);
            foreach (var reference in stage.DependsOn)
            {
                var dependency = Stages.Take(stage.Index).FirstOrDefault(s => string.Equals(s.Name, reference, StringComparison.OrdinalIgnoreCase))
                    ?? (int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < stage.Index ? Stages[index] : null);
                if (dependency is not null) pending.Push(dependency);
            }
        }
        return built;
    }

    /// <summary>The ports a stage exposes, its own and those inherited from an earlier stage it is built FROM.</summary>
    public (IReadOnlyList<ExposedPort> Ports, bool Unknown) ExposedBy(DockerfileStage stage)
    {
        var ports = new List<ExposedPort>(stage.Exposed);
        var unknown = stage.ExposesUnknownPorts;
        var baseStage = Stages.Take(stage.Index).FirstOrDefault(s => string.Equals(s.Name, stage.BaseImage, StringComparison.OrdinalIgnoreCase));
        if (baseStage is not null)
        {
            var inherited = ExposedBy(baseStage);
            ports.AddRange(inherited.Ports);
            unknown |= inherited.Unknown;
        }
        return (ports, unknown);
    }

    private sealed class StageBuilder(int index, string? name, TextSpan? nameSpan, TextSpan fromSpan, string baseImage)
    {
        public List<string> Args { get; } = [];
        public List<ExposedPort> Exposed { get; } = [];
        public List<string> DependsOn { get; } = [];
        public bool ExposesUnknownPorts { get; private set; }

        // "8080", "8080/tcp", "8000-8010/udp"; anything else (a ${PORT} variable) makes the exposed set unknown.
        public void AddExposed(string text)
        {
            var protocol = "tcp";
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                protocol = text[(slash + 1)..].ToLowerInvariant();
                text = text[..slash];
            }
            var dash = text.IndexOf('-', StringComparison.Ordinal);
            var firstText = dash >= 0 ? text[..dash] : text;
            var lastText = dash >= 0 ? text[(dash + 1)..] : text;
            if (int.TryParse(firstText, NumberStyles.None, CultureInfo.InvariantCulture, out var first)
                && int.TryParse(lastText, NumberStyles.None, CultureInfo.InvariantCulture, out var last))
            {
                Exposed.Add(new ExposedPort(first, last, protocol));
            }
            else
            {
                ExposesUnknownPorts = true;
            }
        }

        public DockerfileStage Build() => new(index, name, nameSpan, fromSpan, baseImage, Args, Exposed, ExposesUnknownPorts, DependsOn);
    }
}
