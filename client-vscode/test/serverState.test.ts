import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CrashPolicy, ServerState, statusView } from '../src/serverState';

describe('status bar view', () => {
  it('offers a restart when the server crashed or failed', () => {
    for (const state of ['crashed', 'failed', 'stopped'] as ServerState[]) {
      assert.equal(statusView(state).command, 'berth.client.restartServer', state);
    }
    assert.ok(statusView('crashed').isError);
  });

  it('labels each state for screen readers', () => {
    assert.equal(statusView('ready').ariaLabel, 'Berth: ready');
    assert.equal(statusView('starting').ariaLabel, 'Berth: starting');
    assert.match(statusView('starting').text, /sync~spin/);
  });
});

describe('crash policy', () => {
  it('restarts twice, then gives up on the third crash within the window', () => {
    const policy = new CrashPolicy(3, 60_000);
    assert.equal(policy.shouldRestart(0), true);
    assert.equal(policy.shouldRestart(1_000), true);
    assert.equal(policy.shouldRestart(2_000), false);
  });

  it('forgets crashes older than the window', () => {
    const policy = new CrashPolicy(3, 60_000);
    policy.shouldRestart(0);
    policy.shouldRestart(1_000);
    assert.equal(policy.shouldRestart(120_000), true);
  });

  it('starts afresh after a manual restart', () => {
    const policy = new CrashPolicy(2, 60_000);
    policy.shouldRestart(0);
    policy.reset();
    assert.equal(policy.shouldRestart(1), true);
  });
});
