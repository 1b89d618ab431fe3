// The environment the server starts with. Settings that concern the outside world (Docker engine,
// Alibaba Cloud profile and region) and the AccessKey pair from SecretStorage travel here, never as
// process arguments (visible to every user in `ps`) and never in settings files.

export interface ConnectionSettings {
  readonly dockerHost: string | undefined;
  readonly alibabaCloudProfile: string | undefined;
  readonly alibabaCloudRegion: string | undefined;
}

export interface AccessKeyPair {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
}

type Environment = Record<string, string | undefined>;

function set(env: Environment, name: string, value: string | undefined): void {
  const trimmed = value?.trim();
  if (trimmed) env[name] = trimmed;
}

export function serverEnvironment(base: Environment, settings: ConnectionSettings, accessKey: AccessKeyPair | undefined): Environment {
  const env: Environment = { ...base };
  // A setting wins over the inherited environment: it is what the user chose for this workspace.
  set(env, 'DOCKER_HOST', settings.dockerHost);
  set(env, 'ALIBABA_CLOUD_PROFILE', settings.alibabaCloudProfile);
  set(env, 'ALIBABA_CLOUD_REGION_ID', settings.alibabaCloudRegion);
  if (accessKey) {
    // An explicit sign-in replaces any key pair inherited from the shell that started VS Code.
    env.ALIBABA_CLOUD_ACCESS_KEY_ID = accessKey.accessKeyId;
    env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = accessKey.accessKeySecret;
  }
  return env;
}

/** Settings whose change needs a server restart, because they reach the server through its environment. */
export const restartSettings: readonly string[] = [
  'berth.server.path',
  'berth.docker.host',
  'berth.alibabaCloud.profile',
  'berth.alibabaCloud.region',
];

/** Checks a pair typed by the user before it is stored; returns the problem, or undefined when fine. */
export function accessKeyProblem(accessKeyId: string, accessKeySecret: string): string | undefined {
  if (!/^[A-Za-z0-9]{8,64}$/.test(accessKeyId.trim())) {
    return 'An AccessKey ID is 8 to 64 letters and digits (it usually starts with "LTAI").';
  }
  if (accessKeySecret.trim().length < 8) return 'The AccessKey secret is too short.';
  return undefined;
}
