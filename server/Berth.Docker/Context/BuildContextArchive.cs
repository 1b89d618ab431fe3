using System.Formats.Tar;
using System.IO.Pipelines;
using System.Security.Cryptography;
using System.Text;
using Berth.Dockerfile.BuildContext;

namespace Berth.Docker.Context;

/// <summary>
/// Writes the build context as the tar stream the docker CLI sends: files in lexical walk order, owner 0:0,
/// permission bits and modification times kept, symlinks as links, empty folders kept, .dockerignore applied
/// (or &lt;Dockerfile&gt;.dockerignore when it exists), the Dockerfile and .dockerignore always sent, and a
/// Dockerfile outside the context added under a random ".dockerfile.*" name. Files are streamed from disk.
/// </summary>
public sealed class BuildContextArchive
{
    private readonly BuildContextSource _source;
    private readonly DockerIgnoreMatcher _matcher;
    private readonly string? _outsideDockerfileName;

    private BuildContextArchive(BuildContextSource source, DockerIgnoreMatcher matcher, string? outsideDockerfileName)
    {
        _source = source;
        _matcher = matcher;
        _outsideDockerfileName = outsideDockerfileName;
    }

    /// <summary>The Dockerfile's name inside the archive: the value for the engine's "dockerfile" parameter.</summary>
    public string DockerfileName => _outsideDockerfileName ?? _source.DockerfileInContext!;

    /// <summary>Reads the ignore file and checks it; a pattern docker would refuse is a clear error here too.</summary>
    public static BuildContextArchive Create(BuildContextSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var ignorePath = IgnoreFilePath(source);
        var ignore = ignorePath is null ? DockerIgnoreFile.Empty : DockerIgnoreFile.Parse(File.ReadAllText(ignorePath));
        if (ignore.Errors.Count > 0)
        {
            var error = ignore.Errors[0];
            throw new DockerOperationException($"{ignorePath} has a pattern docker refuses at offset {error.Span.Start}: {error.Message}");
        }
        var patterns = ignore.Patterns.ToList();
        var probe = new DockerIgnoreMatcher(patterns);
        // Like the docker CLI: the Dockerfile and .dockerignore are sent even when ignored (the engine needs them
        // and removes them from what COPY sees itself).
        var keep = new List<string>();
        if (probe.IsExcluded(".dockerignore")) keep.Add("!.dockerignore");
        var inContext = source.DockerfileInContext;
        if (inContext is not null && probe.IsExcluded(inContext)) keep.Add("!" + inContext);
        if (keep.Count > 0) patterns.AddRange(DockerIgnoreFile.FromPatterns(keep).Patterns);
        var outsideName = inContext is null ? ".dockerfile." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10)) : null;
        return new BuildContextArchive(source, new DockerIgnoreMatcher(patterns), outsideName);
    }

    private static string? IgnoreFilePath(BuildContextSource source)
    {
        var specific = source.DockerfilePath + ".dockerignore";
        if (File.Exists(specific)) return specific;
        var common = Path.Combine(source.ContextDirectory, ".dockerignore");
        return File.Exists(common) ? common : null;
    }

    /// <summary>
    /// A stream the engine client reads while a background task writes the tar into it, so memory holds at most
    /// a window of the context. Errors while writing surface to the reader.
    /// </summary>
    public Stream OpenRead(CancellationToken cancellationToken)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 4 << 20, resumeWriterThreshold: 2 << 20));
        _ = Task.Run(async () =>
        {
            try
            {
                await using (var output = pipe.Writer.AsStream(leaveOpen: true))
                {
                    await WriteAsync(output, cancellationToken).ConfigureAwait(false);
                }
                await pipe.Writer.CompleteAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await pipe.Writer.CompleteAsync(new BuildContextException(
                    $"Reading the build context {_source.ContextDirectory} failed: {e.Message} Fix the file's permissions or add it to .dockerignore.", e)).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                await pipe.Writer.CompleteAsync(e).ConfigureAwait(false);
            }
        }, CancellationToken.None);
        return pipe.Reader.AsStream();
    }

    /// <summary>Writes the whole tar to <paramref name="output"/>.</summary>
    public async Task WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var writer = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true);
        await WalkAsync(writer, new DirectoryInfo(_source.ContextDirectory), ".", cancellationToken).ConfigureAwait(false);
        if (_outsideDockerfileName is not null)
        {
            if (!File.Exists(Path.Combine(_source.ContextDirectory, ".dockerignore")))
                await WriteBytesAsync(writer, ".dockerignore", IgnoreAddition(), cancellationToken).ConfigureAwait(false);
            await WriteBytesAsync(writer, _outsideDockerfileName, await File.ReadAllBytesAsync(_source.DockerfilePath, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WalkAsync(TarWriter writer, DirectoryInfo folder, string relative, CancellationToken cancellationToken)
    {
        var children = folder.EnumerateFileSystemInfos().OrderBy(c => c.Name, StringComparer.Ordinal);
        foreach (var child in children)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = SlashPath.Join(relative, child.Name);
            var isFolder = child is DirectoryInfo && child.LinkTarget is null;
            if (_matcher.IsExcluded(name))
            {
                if (isFolder && _matcher.MustWalkExcludedFolder(name))
                    await WalkAsync(writer, (DirectoryInfo)child, name, cancellationToken).ConfigureAwait(false);
                continue;
            }
            await WriteEntryAsync(writer, child, name, cancellationToken).ConfigureAwait(false);
            if (isFolder) await WalkAsync(writer, (DirectoryInfo)child, name, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteEntryAsync(TarWriter writer, FileSystemInfo item, string name, CancellationToken cancellationToken)
    {
        PaxTarEntry entry;
        if (item.LinkTarget is { } target)
        {
            entry = new PaxTarEntry(TarEntryType.SymbolicLink, name) { LinkName = target };
        }
        else if (item is DirectoryInfo)
        {
            entry = new PaxTarEntry(TarEntryType.Directory, name + "/");
        }
        else if (item.Attributes.HasFlag(FileAttributes.Device))
        {
            return; // devices are not sent by docker either
        }
        else
        {
            entry = new PaxTarEntry(TarEntryType.RegularFile, name);
        }
        entry.Uid = 0;
        entry.Gid = 0;
        entry.ModificationTime = item.LastWriteTimeUtc;
        // A link's own mode is 0777 (what lstat gives and docker sends); asking for it would follow the link.
        if (entry.EntryType == TarEntryType.SymbolicLink) entry.Mode = (UnixFileMode)0x1FF;
        else if (!OperatingSystem.IsWindows()) entry.Mode = File.GetUnixFileMode(item.FullName);
        else entry.Mode = item is DirectoryInfo ? (UnixFileMode)0x1ED : (UnixFileMode)0x1A4;

        if (entry.EntryType == TarEntryType.RegularFile)
        {
            var isIgnoreFile = name == ".dockerignore" && _outsideDockerfileName is not null;
            if (isIgnoreFile)
            {
                var content = await File.ReadAllBytesAsync(item.FullName, cancellationToken).ConfigureAwait(false);
                entry.DataStream = new MemoryStream([.. content, .. IgnoreAddition()]);
                await writer.WriteEntryAsync(entry, cancellationToken).ConfigureAwait(false);
                return;
            }
            await using var data = new FileStream(item.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 81920, useAsync: true);
            entry.DataStream = data;
            await writer.WriteEntryAsync(entry, cancellationToken).ConfigureAwait(false);
            return;
        }
        await writer.WriteEntryAsync(entry, cancellationToken).ConfigureAwait(false);
    }

    private byte[] IgnoreAddition() => Encoding.UTF8.GetBytes("\n" + _outsideDockerfileName + "\n");

    private static async Task WriteBytesAsync(TarWriter writer, string name, byte[] content, CancellationToken cancellationToken)
    {
        var entry = new PaxTarEntry(TarEntryType.RegularFile, name)
        {
            Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            ModificationTime = DateTimeOffset.UtcNow,
            DataStream = new MemoryStream(content),
        };
        await writer.WriteEntryAsync(entry, cancellationToken).ConfigureAwait(false);
    }
}
