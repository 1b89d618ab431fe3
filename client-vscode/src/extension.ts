// Entry point of the VS Code extension: wiring only. What applies to a file and what it does is the
// server's answer; this file starts the server and forwards the user's commands to it.
import * as vscode from 'vscode';
import { AccessKeyStore } from './accessKeyStore';
import { BerthServer } from './berthServer';
import { commandArguments, forwardedCommands } from './serverCommands';
import { restartSettings } from './serverEnvironment';
import { signIn } from './signIn';

let server: BerthServer | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Berth');
  const accessKeys = new AccessKeyStore(context.secrets);
  server = new BerthServer(context, output, accessKeys);
  const berth = server;
  context.subscriptions.push(output, berth);

  for (const forwarded of forwardedCommands) {
    context.subscriptions.push(vscode.commands.registerCommand(forwarded.clientCommand, async (resource?: vscode.Uri) => {
      const client = berth.languageClient;
      if (!client) {
        await berth.reportFailure(`${forwarded.title}: the Berth server is not running. Use "Berth: Restart Server", and see the output for why it stopped.`);
        return;
      }
      const target = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
      try {
        await client.sendRequest('workspace/executeCommand', { command: forwarded.serverCommand, arguments: commandArguments(target?.toString()) });
      } catch (error) {
        // The server's message already says what happened and what to do.
        await berth.reportFailure(`${forwarded.title} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }));
  }
  context.subscriptions.push(
    vscode.commands.registerCommand('berth.client.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('berth.client.restartServer', () => berth.restart()),
    vscode.commands.registerCommand('berth.client.signIn', () => signIn(accessKeys, () => berth.restart())),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (restartSettings.some((setting) => event.affectsConfiguration(setting))) {
        output.appendLine('[info] A setting the server starts with changed; restarting the server.');
        void berth.restart();
      }
    }),
  );
  await berth.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
