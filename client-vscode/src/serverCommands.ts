// The client's commands that forward to the server through workspace/executeCommand. The server
// decides what each does; the client only names the file it applies to. Client command ids differ
// from the server's, because vscode-languageclient registers the server's own ids as VS Code commands.

export interface ForwardedCommand {
  /** The VS Code command contributed in package.json. */
  readonly clientCommand: string;
  /** The server command (workspace/executeCommand) it runs. */
  readonly serverCommand: string;
  /** Shown in messages: "Build Image failed: ...". */
  readonly title: string;
}

export const forwardedCommands: readonly ForwardedCommand[] = [
  { clientCommand: 'berth.client.buildImage', serverCommand: 'berth.build', title: 'Build Image' },
  { clientCommand: 'berth.client.runContainer', serverCommand: 'berth.run', title: 'Run Container' },
  { clientCommand: 'berth.client.stopContainer', serverCommand: 'berth.stop', title: 'Stop Container' },
  { clientCommand: 'berth.client.pushImage', serverCommand: 'berth.push', title: 'Push Image' },
  { clientCommand: 'berth.client.pushToAcr', serverCommand: 'berth.pushAcr', title: 'Push to Alibaba Cloud' },
  { clientCommand: 'berth.client.deployToEcs', serverCommand: 'berth.deploy', title: 'Deploy to ECS' },
  { clientCommand: 'berth.client.createManifest', serverCommand: 'berth.init', title: 'Create berth.yaml' },
];

/**
 * The arguments of a forwarded command: the URI (string) of the file or folder it was invoked on, as
 * the server's own code lenses pass it; none when there is no such file (the server then asks or
 * answers with a clear error).
 */
export function commandArguments(resourceUri: string | undefined): string[] {
  return resourceUri ? [resourceUri] : [];
}
