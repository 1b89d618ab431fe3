// "Sign in to Alibaba Cloud": either name an aliyun CLI profile (a setting; it holds no secret) or
// enter an AccessKey pair (SecretStorage). The server gets either at its next start, so it restarts.
import * as vscode from 'vscode';
import { AccessKeyStore } from './accessKeyStore';
import { accessKeyProblem } from './serverEnvironment';

export async function signIn(accessKeys: AccessKeyStore, restartServer: () => Promise<void>): Promise<void> {
  const profileChoice = 'Use an aliyun CLI profile';
  const keyChoice = 'Enter an AccessKey pair';
  const signOutChoice = 'Forget the stored AccessKey pair';
  const choice = await vscode.window.showQuickPick([
    { label: profileChoice, detail: 'Credentials from ~/.aliyun/config.json, as the aliyun CLI uses them.' },
    { label: keyChoice, detail: 'Kept in VS Code\'s secret storage, never in settings.' },
    { label: signOutChoice },
  ], { title: 'Sign in to Alibaba Cloud', ignoreFocusOut: true });
  if (!choice) return;

  if (choice.label === profileChoice) {
    const current = vscode.workspace.getConfiguration('berth').get<string>('alibabaCloud.profile') ?? '';
    const profile = await vscode.window.showInputBox({
      title: 'aliyun CLI profile', prompt: 'Name of the profile in ~/.aliyun/config.json', value: current || 'default', ignoreFocusOut: true,
      validateInput: (value) => (value.trim() === '' ? 'Enter a profile name.' : undefined),
    });
    if (profile === undefined) return;
    await vscode.workspace.getConfiguration('berth').update('alibabaCloud.profile', profile.trim(), vscode.ConfigurationTarget.Global);
  } else if (choice.label === keyChoice) {
    const accessKeyId = await vscode.window.showInputBox({
      title: 'Alibaba Cloud AccessKey ID', ignoreFocusOut: true,
      validateInput: (value) => accessKeyProblem(value, 'placeholder-secret'),
    });
    if (accessKeyId === undefined) return;
    const accessKeySecret = await vscode.window.showInputBox({
      title: 'Alibaba Cloud AccessKey secret', password: true, ignoreFocusOut: true,
      validateInput: (value) => accessKeyProblem(accessKeyId, value),
    });
    if (accessKeySecret === undefined) return;
    await accessKeys.set({ accessKeyId: accessKeyId.trim(), accessKeySecret: accessKeySecret.trim() });
  } else {
    await accessKeys.clear();
  }
  await restartServer();
  void vscode.window.showInformationMessage(choice.label === signOutChoice
    ? 'Berth forgot the stored AccessKey pair.'
    : 'Berth will use these Alibaba Cloud credentials from now on.');
}
