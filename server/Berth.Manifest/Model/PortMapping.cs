using System.Globalization;
using System.Net;

namespace Berth.Manifest.Model;

/// <summary>
/// One published port: "CONTAINER", "HOST:CONTAINER" or "IP:HOST:CONTAINER", each optionally "/tcp",
/// "/udp" or "/sctp" (the `docker run -p` forms).
/// </summary>
public sealed record PortMapping(string? HostIp, int? HostPort, int ContainerPort, string Protocol)
{
    /// <summary>Reads a port mapping; on failure <paramref name="error"/> says why in a clause ("port 70000 is above 65535").</summary>
    public static bool TryParse(string text, out PortMapping? mapping, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        mapping = null;
        error = null;
        var protocol = "tcp";
        var body = text;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            protocol = text[(slash + 1)..];
            body = text[..slash];
            if (protocol is not ("tcp" or "udp" or "sctp"))
            {
                error = $"the protocol \"{protocol}\" is not tcp, udp or sctp";
                return false;
            }
        }
        var parts = body.Split(':');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0))
        {
            error = "it is not CONTAINER, HOST:CONTAINER or IP:HOST:CONTAINER";
            return false;
        }
        string? ip = null;
        if (parts.Length == 3)
        {
            ip = parts[0];
            // IPAddress.TryParse reads "80" as 0.0.0.80; a host IP here is written as a dotted quad.
            if (ip.Count(c => c == '.') != 3 || !IPAddress.TryParse(ip, out _))
            {
                error = $"\"{ip}\" is not an IP address";
                return false;
            }
        }
        int? hostPort = null;
        if (parts.Length >= 2)
        {
            if (!TryPort(parts[^2], out var host, out error)) return false;
            hostPort = host;
        }
        if (!TryPort(parts[^1], out var container, out error)) return false;
        mapping = new PortMapping(ip, hostPort, container, protocol);
        return true;
    }

    private static bool TryPort(string text, out int port, out string? error)
    {
        error = null;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port))
        {
            error = $"\"{text}\" is not a port number";
            return false;
        }
        if (port is < 1 or > 65535)
        {
            error = $"port {text} is outside 1-65535";
            return false;
        }
        return true;
    }

    public override string ToString()
    {
        var host = HostPort is { } port ? (HostIp is { } ip ? $"{ip}:{port}:" : $"{port}:") : "";
        return $"{host}{ContainerPort}/{Protocol}";
    }
}
