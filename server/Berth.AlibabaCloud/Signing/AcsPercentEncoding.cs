using System.Text;

namespace Berth.AlibabaCloud.Signing;

/// <summary>
/// RFC 3986 percent-encoding as Alibaba Cloud signs it: unreserved characters (A-Z a-z 0-9 - _ . ~)
/// stay, every other UTF-8 byte becomes %XY with upper-case hex. Written as a byte loop because the
/// framework encoders differ on space, '*' and '~', and one wrong byte breaks every signature.
/// </summary>
public static class AcsPercentEncoding
{
    private const string HexDigits = "0123456789ABCDEF";

    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var bytes = Encoding.UTF8.GetBytes(value);
        var builder = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (IsUnreserved(b))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }
        return builder.ToString();
    }

    /// <summary>Encodes a URL path segment by segment, keeping the '/' separators.</summary>
    public static string EncodePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            return "/";
        }
        return string.Join('/', path.Split('/').Select(Encode));
    }

    private static bool IsUnreserved(byte b) =>
        b is >= (byte)'A' and <= (byte)'Z'
          or >= (byte)'a' and <= (byte)'z'
          or >= (byte)'0' and <= (byte)'9'
          or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~';
}
