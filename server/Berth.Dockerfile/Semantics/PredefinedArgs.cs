namespace Berth.Dockerfile.Semantics;

/// <summary>The build arguments BuildKit provides without an ARG declaration.</summary>
public static class PredefinedArgs
{
    /// <summary>Platform arguments: usable in FROM directly, inside a stage after a bare <c>ARG NAME</c>.</summary>
    public static readonly IReadOnlyList<string> Platform =
    [
        "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
    ];

    /// <summary>Proxy and BuildKit arguments, visible to RUN without a declaration.</summary>
    public static readonly IReadOnlyList<string> Others =
    [
        "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy",
        "ALL_PROXY", "all_proxy", "SOURCE_DATE_EPOCH", "BUILDKIT_INLINE_CACHE", "BUILDKIT_MULTI_PLATFORM",
        "BUILDKIT_SANDBOX_HOSTNAME", "BUILDKIT_CONTEXT_KEEP_GIT_DIR", "BUILDKIT_SYNTAX", "TARGETSTAGE",
    ];

    public static bool IsPlatform(string name) => Platform.Contains(name);

    public static bool IsPredefined(string name) => Platform.Contains(name) || Others.Contains(name);
}
