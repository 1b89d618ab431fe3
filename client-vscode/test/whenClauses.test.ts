import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDockerfilePath, isManifestPath, manifestWhenClause } from '../src/fileKinds';
import { readManifest, whenMatchesFile } from './packageJson';

const dockerfiles = ['Dockerfile', 'Containerfile', 'Dockerfile.dev', 'api.Dockerfile', 'Containerfile.prod'];
const manifests = ['berth.yaml', 'berth.yml', 'berth.json'];
const others = ['README.md', 'dockerfile.txt', 'berth.yaml.bak', 'myberth.yaml', 'Dockerfile-notes', 'package.json'];

describe('file kinds', () => {
  it('recognises every Dockerfile name BuildKit and Podman use', () => {
    for (const name of dockerfiles) assert.ok(isDockerfilePath(`/w/app/${name}`), name);
    assert.ok(isDockerfilePath('C:\\w\\Dockerfile'));
  });

  it('recognises the manifest and nothing else', () => {
    for (const name of manifests) assert.ok(isManifestPath(`/w/${name}`), name);
    for (const name of [...others, ...dockerfiles]) assert.ok(!isManifestPath(`/w/${name}`), name);
  });

  it('rejects files that only look alike', () => {
    for (const name of others) assert.ok(!isDockerfilePath(`/w/${name}`), name);
  });
});

describe('package.json when clauses', () => {
  const { contributes } = readManifest();
  const explorerSubmenu = contributes.menus['explorer/context'].find((item) => item.submenu === 'berth.submenu');

  it('shows the explorer Berth submenu on Dockerfiles (by language) and manifests (by name) only', () => {
    assert.ok(explorerSubmenu?.when);
    for (const name of dockerfiles) assert.ok(whenMatchesFile(explorerSubmenu.when, name, 'dockerfile'), name);
    for (const name of manifests) assert.ok(whenMatchesFile(explorerSubmenu.when, name, name.endsWith('json') ? 'json' : 'yaml'), name);
    for (const name of others) assert.ok(!whenMatchesFile(explorerSubmenu.when, name, 'plaintext'), name);
  });

  it('uses the same manifest pattern as the client code', () => {
    const clauses = Object.values(contributes.menus).flat().map((item) => item.when ?? '');
    const manifestClauses = clauses.filter((when) => when.includes('resourceFilename'));
    assert.ok(manifestClauses.length > 5);
    for (const when of manifestClauses) assert.ok(when.includes(manifestWhenClause), when);
  });

  it('hides Deploy to ECS from the palette except on a manifest', () => {
    const deploy = contributes.menus.commandPalette.find((item) => item.command === 'berth.client.deployToEcs');
    assert.ok(deploy?.when);
    assert.ok(whenMatchesFile(deploy.when, 'berth.yaml', 'yaml'));
    assert.ok(!whenMatchesFile(deploy.when, 'Dockerfile', 'dockerfile'));
  });

  it('rejects a clause the test cannot evaluate instead of guessing', () => {
    assert.throws(() => whenMatchesFile('config.foo && resourceLangId == dockerfile', 'Dockerfile', 'dockerfile'), /Unsupported when clause/);
  });
});
