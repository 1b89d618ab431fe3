// The Alibaba Cloud AccessKey pair the user entered in "Sign in to Alibaba Cloud", kept in VS Code's
// SecretStorage (the OS keychain), never in settings.
import * as vscode from 'vscode';
import { AccessKeyPair } from './serverEnvironment';

const idKey = 'berth.alibabaCloud.accessKeyId';
const secretKey = 'berth.alibabaCloud.accessKeySecret';

export class AccessKeyStore {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  async get(): Promise<AccessKeyPair | undefined> {
    const accessKeyId = await this.secrets.get(idKey);
    const accessKeySecret = await this.secrets.get(secretKey);
    return accessKeyId && accessKeySecret ? { accessKeyId, accessKeySecret } : undefined;
  }

  async set(pair: AccessKeyPair): Promise<void> {
    await this.secrets.store(idKey, pair.accessKeyId);
    await this.secrets.store(secretKey, pair.accessKeySecret);
  }

  async clear(): Promise<void> {
    await this.secrets.delete(idKey);
    await this.secrets.delete(secretKey);
  }
}
