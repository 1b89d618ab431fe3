import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accessKeyProblem, restartSettings, serverEnvironment } from '../src/serverEnvironment';
import { readManifest } from './packageJson';

const noSettings = { dockerHost: undefined, alibabaCloudProfile: undefined, alibabaCloudRegion: undefined };

describe('server environment', () => {
  it('keeps the inherited environment when nothing is set', () => {
    const env = serverEnvironment({ PATH: '/bin', DOCKER_HOST: 'unix:///run/docker.sock' }, noSettings, undefined);
    assert.deepEqual(env, { PATH: '/bin', DOCKER_HOST: 'unix:///run/docker.sock' });
  });

  it('maps the connection settings onto the variables the server reads, settings winning', () => {
    const env = serverEnvironment({ DOCKER_HOST: 'unix:///old.sock' },
      { dockerHost: ' tcp://127.0.0.1:2375 ', alibabaCloudProfile: 'work', alibabaCloudRegion: 'cn-hangzhou' }, undefined);
    assert.equal(env.DOCKER_HOST, 'tcp://127.0.0.1:2375');
    assert.equal(env.ALIBABA_CLOUD_PROFILE, 'work');
    assert.equal(env.ALIBABA_CLOUD_REGION_ID, 'cn-hangzhou');
  });

  it('ignores blank settings instead of clearing inherited values', () => {
    const env = serverEnvironment({ DOCKER_HOST: 'unix:///run/docker.sock' }, { ...noSettings, dockerHost: '  ' }, undefined);
    assert.equal(env.DOCKER_HOST, 'unix:///run/docker.sock');
  });

  it('hands a stored AccessKey pair over in the environment, replacing an inherited one', () => {
    const base = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIold', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'old' };
    const env = serverEnvironment(base, noSettings, { accessKeyId: 'LTAI5tNew000', accessKeySecret: 's3cret-value' });
    assert.equal(env.ALIBABA_CLOUD_ACCESS_KEY_ID, 'LTAI5tNew000');
    assert.equal(env.ALIBABA_CLOUD_ACCESS_KEY_SECRET, 's3cret-value');
    assert.equal(base.ALIBABA_CLOUD_ACCESS_KEY_ID, 'LTAIold', 'the base environment is not modified');
  });

  it('validates a typed AccessKey pair with a message saying what is wrong', () => {
    assert.equal(accessKeyProblem('LTAI5tExample01', 'abcdefghij'), undefined);
    assert.match(accessKeyProblem('has space', 'abcdefghij') ?? '', /AccessKey ID/);
    assert.match(accessKeyProblem('LTAI5tExample01', 'short') ?? '', /secret is too short/);
  });

  it('restarts the server only for settings that exist in package.json', () => {
    const properties = readManifest().contributes.configuration.properties;
    for (const setting of restartSettings) assert.ok(setting in properties, setting);
  });
});
