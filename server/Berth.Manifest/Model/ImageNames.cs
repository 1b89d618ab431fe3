using System.Text.RegularExpressions;

namespace Berth.Manifest.Model;

/// <summary>
/// The image name Berth uses when `image.name` is not written: the manifest's folder name made a valid ACR
/// repository name. `berth init` writes the same name, so an omitted and an initialised name agree.
/// </summary>
public static partial class ImageNames
{
    /// <summary>The name used when no folder is known, or the folder's name has fewer than 2 usable characters.</summary>
    public const string Fallback = "app";

    /// <summary>"My Shop_API" becomes "my-shop_api"; a name too short to be a repository gives <see cref="Fallback"/>.</summary>
    public static string FromFolder(string? folderName)
    {
        var lower = (folderName ?? "").ToLowerInvariant();
        var safe = InvalidNameCharacters().Replace(lower, "-");
        safe = safe.Trim('.', '_', '-');
        if (safe.Length > 64) safe = safe[..64].TrimEnd('.', '_', '-');
        return safe.Length >= 2 ? safe : Fallback;
    }

    /// <summary>The folder name of a manifest path ("/src/shop/berth.yaml" gives "shop"); null for a bare file name.</summary>
    public static string? FolderOf(string manifestPath)
    {
        ArgumentNullException.ThrowIfNull(manifestPath);
        var directory = Path.GetDirectoryName(manifestPath);
        if (string.IsNullOrEmpty(directory)) return null;
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        return string.IsNullOrEmpty(name) ? null : name;
    }

    [GeneratedRegex("[^a-z0-9._-]+")]
    private static partial Regex InvalidNameCharacters();
}
