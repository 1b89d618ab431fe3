using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.LanguageService.Docs;

/// <summary>The flags each instruction takes, documented for hover and offered by completion.</summary>
public static class FlagDocs
{
    private static readonly string[] Durations = ["5s", "10s", "30s", "1m"];

    private static readonly FlagDoc Platform = new("platform", "The platform of the image to pull, such as linux/amd64. Defaults to the platform being built.",
        "FROM --platform=$BUILDPLATFORM node:22 AS deps", PlatformValues.All);

    private static readonly FlagDoc Chown = new("chown", "Owner (user[:group], names or numeric ids) of the copied files, instead of root.",
        "COPY --chown=app:app . /app", []);

    private static readonly FlagDoc Chmod = new("chmod", "Permission bits of the copied files (octal, or symbolic with BuildKit).",
        "COPY --chmod=755 entrypoint.sh /usr/local/bin/", []);

    private static readonly FlagDoc Link = new("link", "Copies into a layer of its own that does not depend on earlier layers, so rebasing keeps the cache.",
        "COPY --link --from=build /out /app", []);

    private static readonly Dictionary<InstructionKind, FlagDoc[]> Flags = new()
    {
        [InstructionKind.From] = [Platform],
        [InstructionKind.Copy] =
        [
            new("from", "Copies from an earlier build stage (by name or index), a named build context or an image instead of the build context.",
                "COPY --from=build /out/app /usr/local/bin/", []),
            Chown, Chmod, Link,
            new("parents", "Keeps the parent folders of each source below the context root in the destination.",
                "COPY --parents ./services/*/package.json /app/", []),
            new("exclude", "Leaves out files matching a pattern (repeatable).", "COPY --exclude=*.md . /app", []),
        ],
        [InstructionKind.Add] =
        [
            Chown, Chmod, Link,
            new("checksum", "Verifies a remote source against a digest (sha256:...) and fails the build when it differs.",
                "ADD --checksum=sha256:0123... https://example.com/a.tar.gz /", []),
            new("keep-git-dir", "Keeps the .git folder when adding a git repository.", "ADD --keep-git-dir=true https://github.com/acme/app.git /src", ["true", "false"]),
            new("exclude", "Leaves out files matching a pattern (repeatable).", "ADD --exclude=*.md . /app", []),
        ],
        [InstructionKind.Run] =
        [
            new("mount", "Mounts a cache, secret, ssh agent, tmpfs or files of another stage for this RUN only.",
                "RUN --mount=type=cache,target=/var/cache/apt apt-get update", MountOptions.Types),
            new("network", "The network this RUN may use: default, none (no network) or host.", "RUN --network=none make test", ["default", "none", "host"]),
            new("security", "insecure runs the command with extended privileges (needs the security.insecure entitlement); sandbox is the default.",
                "RUN --security=insecure mount -t tmpfs none /mnt", ["sandbox", "insecure"]),
        ],
        [InstructionKind.Healthcheck] =
        [
            new("interval", "Time between two checks (default 30s).", "HEALTHCHECK --interval=30s CMD curl -f http://localhost/", Durations),
            new("timeout", "Time after which a check counts as failed (default 30s).", "HEALTHCHECK --timeout=5s CMD curl -f http://localhost/", Durations),
            new("start-period", "Time the container gets to start before failures count (default 0s).", "HEALTHCHECK --start-period=1m CMD ./ready", Durations),
            new("start-interval", "Time between checks during the start period (default 5s).", "HEALTHCHECK --start-interval=2s CMD ./ready", Durations),
            new("retries", "Consecutive failures before the container is unhealthy (default 3).", "HEALTHCHECK --retries=5 CMD ./ready", ["3", "5"]),
        ],
    };

    public static IReadOnlyList<FlagDoc> For(InstructionKind kind) => Flags.GetValueOrDefault(kind) ?? [];

    public static FlagDoc? Find(InstructionKind kind, string name) =>
        For(kind).FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
