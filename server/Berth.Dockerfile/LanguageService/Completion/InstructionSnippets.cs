using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.LanguageService.Completion;

/// <summary>
/// The snippet each instruction keyword completes to. Multi-line snippets continue lines with the file's own
/// escape character, written for LSP snippet syntax (where a backslash must itself be escaped).
/// </summary>
internal static class InstructionSnippets
{
    public static IEnumerable<(string Label, string Snippet, string Detail)> For(InstructionKind kind, char escape)
    {
        var e = escape == '\\' ? "\\\\" : escape.ToString();
        var keyword = kind.Keyword();
        switch (kind)
        {
            case InstructionKind.From:
                yield return (keyword, "FROM ${1:image}", "FROM image");
                yield return ("FROM … AS", "FROM ${1:image}:${2:tag} AS ${3:name}", "FROM image:tag AS name");
                break;
            case InstructionKind.Run:
                yield return (keyword, "RUN ${1:command}", "RUN command");
                yield return ("RUN (multi-line)", $"RUN ${{1:command}} {e}\n    && ${{2:command}}", "RUN command && command");
                yield return ("RUN (cache mount)", "RUN --mount=type=cache,target=${1:/root/.cache} ${2:command}", "RUN --mount=type=cache,...");
                yield return ("RUN (heredoc)", "RUN <<${1:EOF}\n${2:command}\n${1:EOF}", "RUN <<EOF ... EOF");
                break;
            case InstructionKind.Cmd:
            case InstructionKind.Entrypoint:
                yield return (keyword, keyword + " [\"${1:executable}\"${2:, \"${3:param}\"}]", keyword + " [\"executable\", \"param\"]");
                break;
            case InstructionKind.Shell:
                yield return (keyword, "SHELL [\"${1:/bin/bash}\", \"-o\", \"pipefail\", \"-c\"]", "SHELL [\"executable\", \"parameters\"]");
                break;
            case InstructionKind.Copy:
                yield return (keyword, "COPY ${1:src} ${2:dest}", "COPY src dest");
                yield return ("COPY --from", "COPY --from=${1:stage} ${2:src} ${3:dest}", "COPY --from=stage src dest");
                break;
            case InstructionKind.Add:
                yield return (keyword, "ADD ${1:src} ${2:dest}", "ADD src dest");
                break;
            case InstructionKind.Env:
            case InstructionKind.Label:
            case InstructionKind.Arg:
                yield return (keyword, keyword + " ${1:name}=${2:value}", keyword + " name=value");
                break;
            case InstructionKind.Healthcheck:
                yield return (keyword, "HEALTHCHECK --interval=${1:30s} --timeout=${2:3s} CMD ${3:command}", "HEALTHCHECK [options] CMD command");
                yield return ("HEALTHCHECK NONE", "HEALTHCHECK NONE", "HEALTHCHECK NONE");
                break;
            case InstructionKind.Expose:
                yield return (keyword, "EXPOSE ${1:port}", "EXPOSE port[/protocol]");
                break;
            case InstructionKind.Stopsignal:
                yield return (keyword, "STOPSIGNAL ${1:SIGTERM}", "STOPSIGNAL signal");
                break;
            default:
                yield return (keyword, keyword + " ${1}", keyword);
                break;
        }
    }
}
