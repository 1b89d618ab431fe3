using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.LanguageService.Docs;

/// <summary>
/// The documentation of every instruction, written for Berth (concise, with an example). Hover, completion
/// and signature help all read it from here, so the three always say the same thing.
/// </summary>
public static class InstructionDocs
{
    private static readonly Dictionary<InstructionKind, InstructionDoc> Docs = new()
    {
        [InstructionKind.From] = new("FROM", "Starts a build stage from a base image (or `scratch`, or an earlier stage). `AS name` names the stage so later instructions can refer to it.",
            ["FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]"], "FROM --platform=$BUILDPLATFORM golang:1.23 AS build"),
        [InstructionKind.Run] = new("RUN", "Runs a command in a new layer on top of the current image. Shell form runs through the stage's shell; exec form runs the program directly.",
            ["RUN [--mount=...] [--network=...] [--security=...] <command>", "RUN [\"executable\", \"param\"]", "RUN <<EOF\n  script\nEOF"],
            "RUN --mount=type=cache,target=/root/.cache/go-build go build -o /out/app ."),
        [InstructionKind.Cmd] = new("CMD", "Sets the default command (or the default arguments of ENTRYPOINT) of a container. Only the last CMD of a stage counts.",
            ["CMD [\"executable\", \"param\"]", "CMD [\"param\"]  (arguments for ENTRYPOINT)", "CMD command param"], "CMD [\"nginx\", \"-g\", \"daemon off;\"]"),
        [InstructionKind.Label] = new("LABEL", "Adds key/value metadata to the image. Prefer the OCI keys (org.opencontainers.image.*).",
            ["LABEL <key>=<value> [<key>=<value> ...]"], "LABEL org.opencontainers.image.source=\"https://github.com/acme/app\""),
        [InstructionKind.Maintainer] = new("MAINTAINER", "Deprecated: sets the image author. Use `LABEL org.opencontainers.image.authors=...` instead.",
            ["MAINTAINER <name>"], "LABEL org.opencontainers.image.authors=\"dev@example.com\""),
        [InstructionKind.Expose] = new("EXPOSE", "Documents the ports the container listens on (tcp unless /udp or /sctp). It does not publish them.",
            ["EXPOSE <port>[/<protocol>] [<port>[/<protocol>] ...]"], "EXPOSE 8080/tcp 53/udp"),
        [InstructionKind.Env] = new("ENV", "Sets environment variables for the rest of the stage, for stages built from it, and for running containers.",
            ["ENV <key>=<value> [<key>=<value> ...]", "ENV <key> <value>  (legacy)"], "ENV PATH=\"/app/bin:$PATH\" LANG=C.UTF-8"),
        [InstructionKind.Add] = new("ADD", "Copies files, remote URLs or git repositories into the image; local tar archives are unpacked. Prefer COPY for plain files.",
            ["ADD [--chown=<user>:<group>] [--chmod=<perms>] [--checksum=<hash>] [--keep-git-dir] [--link] <src>... <dest>", "ADD <<EOF <dest>"],
            "ADD --checksum=sha256:24454f83... https://example.com/tool.tar.gz /opt/"),
        [InstructionKind.Copy] = new("COPY", "Copies files from the build context, or from another stage or image with --from, into the image.",
            ["COPY [--from=<stage|image>] [--chown=<user>:<group>] [--chmod=<perms>] [--link] [--parents] [--exclude=<pattern>] <src>... <dest>",
             "COPY [\"<src>\", ... \"<dest>\"]", "COPY <<EOF <dest>"], "COPY --from=build --chown=app:app /out/app /usr/local/bin/app"),
        [InstructionKind.Entrypoint] = new("ENTRYPOINT", "Sets the program a container runs; CMD supplies its default arguments. Use the exec form so signals reach the program.",
            ["ENTRYPOINT [\"executable\", \"param\"]", "ENTRYPOINT command param"], "ENTRYPOINT [\"/usr/local/bin/app\"]"),
        [InstructionKind.Volume] = new("VOLUME", "Declares mount points for external or anonymous volumes. Changes to the path after this line are discarded during the build.",
            ["VOLUME [\"/data\"]", "VOLUME /data /logs"], "VOLUME /var/lib/postgresql/data"),
        [InstructionKind.User] = new("USER", "Sets the user (and optionally group) for the following RUN, CMD and ENTRYPOINT instructions.",
            ["USER <user>[:<group>]", "USER <uid>[:<gid>]"], "USER 10001:10001"),
        [InstructionKind.Workdir] = new("WORKDIR", "Sets the working directory for the following instructions, creating it if needed. Use absolute paths.",
            ["WORKDIR /path/to/workdir"], "WORKDIR /app"),
        [InstructionKind.Arg] = new("ARG", "Declares a build argument (`--build-arg`). Before the first FROM it is global (usable in FROM lines); inside a stage, declare it again to use it there.",
            ["ARG <name>[=<default value>] [<name>[=<default value>] ...]"], "ARG GO_VERSION=1.23\nFROM golang:${GO_VERSION}"),
        [InstructionKind.Onbuild] = new("ONBUILD", "Registers an instruction to run when another build uses this image as its base.",
            ["ONBUILD <INSTRUCTION>"], "ONBUILD COPY . /app/src"),
        [InstructionKind.Stopsignal] = new("STOPSIGNAL", "Sets the signal sent to stop the container (a name like SIGTERM, or a number).",
            ["STOPSIGNAL <signal>"], "STOPSIGNAL SIGQUIT"),
        [InstructionKind.Healthcheck] = new("HEALTHCHECK", "Tells the engine how to test that the container still works; `NONE` disables a check inherited from the base image.",
            ["HEALTHCHECK [--interval=30s] [--timeout=30s] [--start-period=0s] [--start-interval=5s] [--retries=3] CMD <command>", "HEALTHCHECK NONE"],
            "HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost/ || exit 1"),
        [InstructionKind.Shell] = new("SHELL", "Changes the shell used by the shell form of RUN, CMD and ENTRYPOINT. Must be a JSON array.",
            ["SHELL [\"executable\", \"parameters\"]"], "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]"),
    };

    public static InstructionDoc? For(InstructionKind kind) => Docs.GetValueOrDefault(kind);

    public static IEnumerable<InstructionDoc> All => Docs.Values;
}
