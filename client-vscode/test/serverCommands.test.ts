import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commandArguments, forwardedCommands } from '../src/serverCommands';
import { readManifest } from './packageJson';

describe('forwarded commands', () => {
  const { contributes, activationEvents } = readManifest();
  const contributed = new Map(contributes.commands.map((c) => [c.command, c]));

  it('forwards the seven server commands', () => {
    assert.deepEqual(forwardedCommands.map((c) => c.serverCommand).sort(),
      ['berth.build', 'berth.deploy', 'berth.init', 'berth.push', 'berth.pushAcr', 'berth.run', 'berth.stop']);
  });

  it('contributes each forwarded command with the same title and an icon', () => {
    for (const forwarded of forwardedCommands) {
      const command = contributed.get(forwarded.clientCommand);
      assert.ok(command, forwarded.clientCommand);
      assert.equal(command.title, forwarded.title);
      assert.match(command.icon ?? '', /^\$\([a-z-]+\)$/);
    }
  });

  it('never reuses a server command id for a client command (the language client registers those)', () => {
    const serverIds = new Set(forwardedCommands.map((c) => c.serverCommand));
    for (const command of contributes.commands) assert.ok(!serverIds.has(command.command), command.command);
  });

  it('contributes the client-side commands too', () => {
    for (const id of ['berth.client.signIn', 'berth.client.showOutput', 'berth.client.restartServer']) assert.ok(contributed.has(id), id);
  });

  it('puts every menu entry on a contributed command', () => {
    for (const [menu, items] of Object.entries(contributes.menus)) {
      for (const item of items) if (item.command) assert.ok(contributed.has(item.command), `${menu}: ${item.command}`);
    }
  });

  it('activates on Dockerfiles and manifests', () => {
    assert.ok(activationEvents.includes('onLanguage:dockerfile'));
    assert.ok(activationEvents.includes('workspaceContains:**/berth.yaml'));
  });

  it('validates manifests with the Berth schema', () => {
    assert.equal(contributes.yamlValidation[0].url, './schemas/berth.schema.json');
    assert.ok(contributes.jsonValidation[0].fileMatch.includes('berth.json'));
  });

  it('passes the file the command was invoked on as a URI string', () => {
    assert.deepEqual(commandArguments('file:///w/Dockerfile'), ['file:///w/Dockerfile']);
    assert.deepEqual(commandArguments(undefined), []);
  });
});
