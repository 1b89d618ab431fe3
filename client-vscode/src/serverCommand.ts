// Finds the `berth` executable to start: the berth.server.path setting when set, else the server
// published into the extension for this platform. Pure, so it is unit-tested without VS Code.
import * as path from 'path';

export interface ServerCommand {
  readonly command: string;
  readonly args: readonly string[];
  /** Where it came from, for the output channel. */
  readonly source: 'setting' | 'bundled';
}

export type ServerCommandResult =
  | { readonly ok: true; readonly server: ServerCommand }
  | { readonly ok: false; readonly message: string };

export interface ServerLookup {
  /** The berth.server.path setting; empty or whitespace means "use the bundled server". */
  readonly configuredPath: string | undefined;
  readonly extensionPath: string;
  readonly platform: string;
  readonly arch: string;
  readonly isFile: (file: string) => boolean;
  /** `dotnet` to run a berth.dll with. */
  readonly dotnet?: string;
}

/** The arguments of the language server; vscode-languageclient's stdio transport adds --stdio itself. */
export const languageServerArgs: readonly string[] = ['lsp'];

/** The .NET runtime identifier the bundled server is published for on this platform, if any. */
export function runtimeIdentifier(platform: string, arch: string): string | undefined {
  const os = platform === 'linux' ? 'linux' : platform === 'darwin' ? 'osx' : platform === 'win32' ? 'win' : undefined;
  const cpu = arch === 'x64' ? 'x64' : arch === 'arm64' ? 'arm64' : undefined;
  return os && cpu ? `${os}-${cpu}` : undefined;
}

export function bundledServerPath(extensionPath: string, platform: string, arch: string): string | undefined {
  const rid = runtimeIdentifier(platform, arch);
  if (!rid) return undefined;
  return path.join(extensionPath, 'server', rid, platform === 'win32' ? 'berth.exe' : 'berth');
}

export function resolveServerCommand(lookup: ServerLookup): ServerCommandResult {
  const configured = lookup.configuredPath?.trim() ?? '';
  if (configured !== '') {
    if (!lookup.isFile(configured)) {
      return {
        ok: false,
        message: `The setting berth.server.path points to "${configured}", which is not a file. ` +
          'Correct the path, or clear the setting to use the server bundled with the extension.',
      };
    }
    // A framework-dependent build (berth.dll) runs on the installed .NET runtime.
    if (configured.toLowerCase().endsWith('.dll')) {
      return { ok: true, server: { command: lookup.dotnet ?? 'dotnet', args: [configured, ...languageServerArgs], source: 'setting' } };
    }
    return { ok: true, server: { command: configured, args: [...languageServerArgs], source: 'setting' } };
  }
  const bundled = bundledServerPath(lookup.extensionPath, lookup.platform, lookup.arch);
  if (!bundled || !lookup.isFile(bundled)) {
    return {
      ok: false,
      message: `This Berth extension has no server for ${lookup.platform}-${lookup.arch}. ` +
        'Install berth (dotnet publish server/Berth.Cli) and set berth.server.path to it.',
    };
  }
  return { ok: true, server: { command: bundled, args: [...languageServerArgs], source: 'bundled' } };
}
