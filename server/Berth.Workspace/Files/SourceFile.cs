using System.Text;

namespace Berth.Workspace.Files;

/// <summary>A file's text as read from disk, with the path the user gave to name it in messages.</summary>
public sealed record SourceFile(string DisplayPath, string FullPath, string Text)
{
    /// <summary>
    /// Reads a text file as UTF-8 (a BOM is kept in the text, because the parser must see the input exactly).
    /// Every way reading can fail becomes a <see cref="WorkspaceException"/> saying what to do.
    /// </summary>
    public static SourceFile Read(string displayPath, string fullPath)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(fullPath);
        // Checked first: opening a folder reports "access denied", which would send the user the wrong way.
        if (Directory.Exists(fullPath)) throw new WorkspaceException($"{displayPath}: is a folder, not a file. Pass a Dockerfile.");
        try
        {
            using var reader = new StreamReader(fullPath, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
            return new SourceFile(displayPath, fullPath, reader.ReadToEnd());
        }
        catch (FileNotFoundException e)
        {
            throw new WorkspaceException($"{displayPath}: no such file. Check the path.", e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new WorkspaceException($"{displayPath}: no such file or folder. Check the path.", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new WorkspaceException($"{displayPath}: permission denied. Make the file readable for this user.", e);
        }
        catch (IOException e)
        {
            throw new WorkspaceException($"{displayPath}: could not be read ({e.Message}).", e);
        }
    }

    /// <summary>Writes new text over this file (for <c>berth lint --fix</c>), as UTF-8 without adding a BOM.</summary>
    public void WriteText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            File.WriteAllText(FullPath, text, new UTF8Encoding(false));
        }
        catch (UnauthorizedAccessException e)
        {
            throw new WorkspaceException($"{DisplayPath}: permission denied while writing the fixes. Make the file writable.", e);
        }
        catch (IOException e)
        {
            throw new WorkspaceException($"{DisplayPath}: the fixes could not be written ({e.Message}).", e);
        }
    }
}
