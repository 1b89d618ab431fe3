import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { bundledServerPath, resolveServerCommand, runtimeIdentifier } from '../src/serverCommand';

const extensionPath = '/ext/berth-tools.berth-0.1.0';
const bundledLinux = path.join(extensionPath, 'server', 'linux-x64', 'berth');

function lookup(configuredPath: string | undefined, files: string[], platform = 'linux', arch = 'x64') {
  return resolveServerCommand({ configuredPath, extensionPath, platform, arch, isFile: (file) => files.includes(file) });
}

describe('server command', () => {
  it('finds the bundled server without configuration', () => {
    const result = lookup(undefined, [bundledLinux]);
    assert.deepEqual(result, { ok: true, server: { command: bundledLinux, args: ['lsp'], source: 'bundled' } });
  });

  it('treats an empty or blank setting as not set', () => {
    for (const blank of ['', '   ']) {
      const result = lookup(blank, [bundledLinux]);
      assert.ok(result.ok && result.server.source === 'bundled');
    }
  });

  it('lets berth.server.path override the bundled server', () => {
    const result = lookup('/opt/berth/berth', ['/opt/berth/berth', bundledLinux]);
    assert.deepEqual(result, { ok: true, server: { command: '/opt/berth/berth', args: ['lsp'], source: 'setting' } });
  });

  it('runs a framework-dependent berth.dll with dotnet', () => {
    const result = lookup('/src/bin/berth.dll', ['/src/bin/berth.dll']);
    assert.deepEqual(result, { ok: true, server: { command: 'dotnet', args: ['/src/bin/berth.dll', 'lsp'], source: 'setting' } });
  });

  it('never adds --stdio itself (the stdio transport does)', () => {
    const result = lookup(undefined, [bundledLinux]);
    assert.ok(result.ok && !result.server.args.includes('--stdio'));
  });

  it('says which setting is wrong when the configured path is missing', () => {
    const result = lookup('/nowhere/berth', [bundledLinux]);
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : '', /berth\.server\.path points to "\/nowhere\/berth".*clear the setting/);
  });

  it('says what to do when no server is bundled for the platform', () => {
    const result = lookup(undefined, [bundledLinux], 'linux', 'ia32');
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : '', /no server for linux-ia32.*berth\.server\.path/);
    assert.equal(lookup(undefined, []).ok, false);
  });

  it('maps platforms onto .NET runtime identifiers', () => {
    assert.equal(runtimeIdentifier('linux', 'x64'), 'linux-x64');
    assert.equal(runtimeIdentifier('darwin', 'arm64'), 'osx-arm64');
    assert.equal(runtimeIdentifier('win32', 'x64'), 'win-x64');
    assert.equal(runtimeIdentifier('sunos', 'x64'), undefined);
    assert.equal(bundledServerPath(extensionPath, 'win32', 'x64'), path.join(extensionPath, 'server', 'win-x64', 'berth.exe'));
  });
});
