namespace Berth.Dockerfile.LanguageService.Docs;

/// <summary>Platform strings users write in <c>--platform</c>.</summary>
public static class PlatformValues
{
    public static readonly string[] All =
    [
        "linux/amd64", "linux/arm64", "linux/arm/v7", "linux/arm/v6", "linux/386", "linux/ppc64le", "linux/s390x", "linux/riscv64",
        "windows/amd64", "$BUILDPLATFORM", "$TARGETPLATFORM",
    ];
}

/// <summary>The keys and values of <c>RUN --mount=...</c>.</summary>
public static class MountOptions
{
    public static readonly string[] Types = ["bind", "cache", "tmpfs", "secret", "ssh"];

    public static readonly (string Key, string Summary)[] Keys =
    [
        ("type", "bind (default), cache, tmpfs, secret or ssh"),
        ("target", "where to mount inside the container (alias dst, destination)"),
        ("source", "path in the `from` source (bind, cache) or secret id"),
        ("from", "stage, build context or image to mount from (bind, cache)"),
        ("id", "identifier of a cache, secret or ssh socket"),
        ("sharing", "cache concurrency: shared, private or locked"),
        ("mode", "file mode of the cache folder, secret or socket"),
        ("uid", "user id owning the mount"),
        ("gid", "group id owning the mount"),
        ("readonly", "mount read-only (bind, cache)"),
        ("rw", "allow writes to a bind mount (discarded afterwards)"),
        ("required", "fail when the secret or ssh agent is missing"),
        ("env", "expose a secret as this environment variable"),
        ("size", "size limit of a tmpfs"),
    ];

    /// <summary>The key an alias stands for (dst and destination are target, src is source, ro is readonly, readwrite is rw).</summary>
    public static string CanonicalKey(string key) => key.ToLowerInvariant() switch
    {
        "dst" or "destination" => "target",
        "src" => "source",
        "ro" => "readonly",
        "readwrite" => "rw",
        _ => key,
    };

    public static IReadOnlyList<string> ValuesOf(string key) => CanonicalKey(key).ToLowerInvariant() switch
    {
        "type" => Types,
        "sharing" => ["shared", "private", "locked"],
        "readonly" or "ro" or "rw" or "required" => ["true", "false"],
        "mode" => ["0755", "0700", "0600", "0400"],
        _ => [],
    };
}

/// <summary>HEALTHCHECK's first word: CMD (the check) or NONE (no check).</summary>
public static class HealthcheckModes
{
    public static string? Summary(string word) => word.ToUpperInvariant() switch
    {
        "CMD" => "**HEALTHCHECK CMD** — the check command, in shell or exec form. Exit status 0 means healthy, 1 unhealthy.\n\n"
            + "```dockerfile\nHEALTHCHECK --interval=30s CMD curl -fsS http://localhost:8080/health || exit 1\n```",
        "NONE" => "**HEALTHCHECK NONE** — turns off any health check inherited from the base image.\n\n```dockerfile\nHEALTHCHECK NONE\n```",
        _ => null,
    };
}

/// <summary>Signals for STOPSIGNAL.</summary>
public static class SignalValues
{
    public static readonly string[] All =
    [
        "SIGTERM", "SIGINT", "SIGQUIT", "SIGKILL", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGWINCH", "SIGSTOP", "SIGABRT", "SIGALRM", "SIGPWR",
    ];
}

/// <summary>OCI image annotation keys, the LABEL keys tools understand.</summary>
public static class WellKnownLabels
{
    public static readonly (string Key, string Summary)[] All =
    [
        ("org.opencontainers.image.title", "Human-readable title of the image"),
        ("org.opencontainers.image.description", "Human-readable description of the software in the image"),
        ("org.opencontainers.image.version", "Version of the packaged software"),
        ("org.opencontainers.image.revision", "Source control revision the image was built from"),
        ("org.opencontainers.image.source", "URL of the source code the image was built from"),
        ("org.opencontainers.image.url", "URL with more information on the image"),
        ("org.opencontainers.image.documentation", "URL of the image's documentation"),
        ("org.opencontainers.image.authors", "Contact of the people responsible for the image"),
        ("org.opencontainers.image.vendor", "Name of the distributing entity"),
        ("org.opencontainers.image.licenses", "SPDX license expression of the software in the image"),
        ("org.opencontainers.image.created", "Date and time the image was built (RFC 3339)"),
        ("org.opencontainers.image.base.name", "Reference of the base image"),
        ("org.opencontainers.image.base.digest", "Digest of the base image"),
    ];
}

/// <summary>Build arguments BuildKit defines by itself; they are read-only from the Dockerfile's point of view.</summary>
public static class PredefinedArgs
{
    /// <summary>Platform args: set automatically in the global scope; a stage must declare <c>ARG NAME</c> to use them.</summary>
    public static readonly (string Name, string Summary)[] Platform =
    [
        ("TARGETPLATFORM", "platform of the build result, e.g. linux/arm64"),
        ("TARGETOS", "OS part of TARGETPLATFORM, e.g. linux"),
        ("TARGETARCH", "architecture part of TARGETPLATFORM, e.g. arm64"),
        ("TARGETVARIANT", "variant part of TARGETPLATFORM, e.g. v7"),
        ("BUILDPLATFORM", "platform of the machine running the build"),
        ("BUILDOS", "OS part of BUILDPLATFORM"),
        ("BUILDARCH", "architecture part of BUILDPLATFORM"),
        ("BUILDVARIANT", "variant part of BUILDPLATFORM"),
        ("TARGETSTAGE", "name of the stage being built"),
    ];

    /// <summary>Proxy args: usable in RUN without a declaration.</summary>
    public static readonly string[] Proxy =
    [
        "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy",
    ];

    public static string? SummaryOf(string name)
    {
        foreach (var (n, s) in Platform) if (n == name) return s;
        return Proxy.Contains(name) ? "proxy setting passed by the builder" : null;
    }
}
