// Owns the language client: starts the Berth server, restarts it, reports its state to the status
// bar, and turns every way of failing into one message with a "Show Output" button.
import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, LanguageClientOptions, RevealOutputChannelOn, ServerOptions,
  State, TransportKind,
} from 'vscode-languageclient/node';
import { AccessKeyStore } from './accessKeyStore';
import { NotificationProgressFeature } from './notificationProgress';
import { CrashPolicy, ServerState, statusView } from './serverState';
import { resolveServerCommand } from './serverCommand';
import { serverEnvironment } from './serverEnvironment';

const showOutput = 'Show Output';

/**
 * vscode-languageclient shows its own notifications for some failures (with 'force'); Berth shows
 * exactly one message per failure itself, so the library's go to the output channel only.
 */
class QuietLanguageClient extends LanguageClient {
  override error(message: string, data?: unknown, _showNotification?: boolean | 'force'): void {
    super.error(message, data, false);
  }
}

export class BerthServer implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private state: ServerState = 'stopped';
  private readonly crashPolicy = new CrashPolicy();
  private readonly statusItem: vscode.StatusBarItem;
  private readonly stateChanged = new vscode.EventEmitter<ServerState>();
  /** Serialises start/stop/restart so that two clicks never start two servers. */
  private queue: Promise<void> = Promise.resolve();

  readonly onDidChangeState = this.stateChanged.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.OutputChannel,
    private readonly accessKeys: AccessKeyStore,
  ) {
    this.statusItem = vscode.window.createStatusBarItem('berth.status', vscode.StatusBarAlignment.Left, 10);
    this.statusItem.name = 'Berth';
    this.setState('stopped');
    this.statusItem.show();
  }

  get currentState(): ServerState {
    return this.state;
  }

  get languageClient(): LanguageClient | undefined {
    return this.client?.state === State.Running ? this.client : undefined;
  }

  start(): Promise<void> {
    return this.enqueue(() => this.startNow());
  }

  restart(): Promise<void> {
    return this.enqueue(async () => {
      this.crashPolicy.reset();
      await this.stopNow();
      await this.startNow();
    });
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.stopNow());
  }

  /** One clear message for a failure, with a button that opens the Berth output channel. */
  async reportFailure(message: string): Promise<void> {
    this.output.appendLine(`[error] ${message}`);
    const choice = await vscode.window.showErrorMessage(message, showOutput);
    if (choice === showOutput) this.output.show(true);
  }

  dispose(): void {
    void this.stop();
    this.statusItem.dispose();
    this.stateChanged.dispose();
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.queue.then(step, step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private setState(state: ServerState): void {
    this.state = state;
    const view = statusView(state);
    this.statusItem.text = view.text;
    this.statusItem.tooltip = view.tooltip;
    this.statusItem.accessibilityInformation = { label: view.ariaLabel };
    this.statusItem.command = view.command;
    this.statusItem.backgroundColor = view.isError ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    void vscode.commands.executeCommand('setContext', 'berth.serverState', state);
    this.stateChanged.fire(state);
  }

  private async startNow(): Promise<void> {
    if (this.client) return;
    const config = vscode.workspace.getConfiguration('berth');
    const resolved = resolveServerCommand({
      configuredPath: config.get<string>('server.path'),
      extensionPath: this.context.extensionPath,
      platform: process.platform,
      arch: process.arch,
      isFile: (file) => {
        try {
          return fs.statSync(file).isFile();
        } catch {
          return false; // missing or unreadable: reported as "not a file" by the caller
        }
      },
    });
    if (!resolved.ok) {
      this.setState('failed');
      // Not awaited: the message stays up until the user answers, and nothing should wait for that.
      void this.reportFailure(`Berth's language server could not start. ${resolved.message}`);
      return;
    }
    const { server } = resolved;
    if (server.source === 'bundled') ensureExecutable(server.command, this.output);
    this.output.appendLine(`[info] Starting the Berth server (${server.source}): ${server.command} ${server.args.join(' ')} --stdio`);
    const env = serverEnvironment(process.env, {
      dockerHost: config.get<string>('docker.host'),
      alibabaCloudProfile: config.get<string>('alibabaCloud.profile'),
      alibabaCloudRegion: config.get<string>('alibabaCloud.region'),
    }, await this.accessKeys.get());

    const serverOptions: ServerOptions = {
      command: server.command,
      args: [...server.args],
      transport: TransportKind.stdio,
      options: { env },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'dockerfile' },
        { scheme: 'untitled', language: 'dockerfile' },
        { scheme: 'file', pattern: '**/berth.{yaml,yml,json}' },
      ],
      synchronize: { configurationSection: 'berth' },
      outputChannel: this.output,
      traceOutputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationOptions: { client: 'berth-vscode', clientVersion: this.context.extension.packageJSON.version as string },
      initializationFailedHandler: (error) => {
        this.output.appendLine(`[error] The server refused to initialise: ${String(error)}`);
        return false;
      },
      errorHandler: {
        error: () => ({ action: ErrorAction.Continue, handled: true }),
        closed: () => {
          if (this.crashPolicy.shouldRestart(Date.now())) {
            this.output.appendLine('[warn] The Berth server stopped unexpectedly; restarting it.');
            this.setState('starting');
            return { action: CloseAction.Restart, handled: true };
          }
          this.setState('crashed');
          void this.reportFailure('The Berth server stopped unexpectedly several times and was not restarted. Use "Berth: Restart Server" after checking the output.');
          return { action: CloseAction.DoNotRestart, handled: true };
        },
      },
    };

    const client = new QuietLanguageClient('berth', 'Berth', serverOptions, clientOptions);
    client.registerFeature(new NotificationProgressFeature(client));
    this.client = client;
    client.onDidChangeState((event) => {
      if (this.client !== client) return;
      if (event.newState === State.Running) this.setState('ready');
      else if (event.newState === State.Starting) this.setState('starting');
    });
    this.setState('starting');
    try {
      await client.start();
      this.setState('ready');
    } catch (error) {
      this.client = undefined;
      this.setState('failed');
      await client.dispose().catch((disposeError: unknown) => this.output.appendLine(`[warn] Cleaning up the failed server: ${String(disposeError)}`));
      void this.reportFailure(`Berth's language server could not start: ${describe(error)}. ` +
        'Check berth.server.path, or reinstall the extension.');
    }
  }

  private async stopNow(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) {
      try {
        if (client.needsStop()) await client.stop(10_000);
      } catch (error) {
        this.output.appendLine(`[warn] Stopping the Berth server: ${describe(error)}`);
      }
    }
    this.setState('stopped');
  }
}

/** A .vsix may lose the executable bit of the bundled server on the way; put it back. */
function ensureExecutable(file: string, output: vscode.OutputChannel): void {
  if (process.platform === 'win32') return;
  try {
    fs.accessSync(file, fs.constants.X_OK);
  } catch {
    try {
      fs.chmodSync(file, 0o755);
      output.appendLine(`[info] Made ${file} executable.`);
    } catch (error) {
      // Starting it will fail next, with the one message the user sees; this line says why.
      output.appendLine(`[error] ${file} is not executable and could not be made so: ${describe(error)}`);
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message.replace(/\.$/, '');
  return String(error);
}
