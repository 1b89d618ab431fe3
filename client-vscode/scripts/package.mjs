// Packages the extension as berth-<version>.vsix in the repository root: copies the manifest schema
// in, bundles with esbuild (vsce runs vscode:prepublish), and checks the published server is inside.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(extensionRoot, '..');
const { version } = JSON.parse(readFileSync(join(extensionRoot, 'package.json'), 'utf8'));

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

if (!existsSync(join(extensionRoot, 'server', 'linux-x64', 'berth'))) {
  fail('client-vscode/server/linux-x64/berth is missing; run scripts/publish-server.sh first (npm run package does).');
}

const schema = join(repoRoot, 'schemas', 'berth.schema.json');
mkdirSync(join(extensionRoot, 'schemas'), { recursive: true });
if (existsSync(schema)) {
  copyFileSync(schema, join(extensionRoot, 'schemas', 'berth.schema.json'));
} else {
  // Until the manifest schema exists, the package has no berth.yaml validation; say so loudly.
  console.warn('package: warning: schemas/berth.schema.json does not exist yet; the .vsix validates no berth.yaml.');
}

const vsix = join(repoRoot, `berth-${version}.vsix`);
const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
if (!existsSync(vsce)) fail('@vscode/vsce is not installed; run `npm ci` in the repository root first.');
try {
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--out', vsix],
    { cwd: extensionRoot, stdio: 'inherit' });
} catch {
  fail('vsce could not package the extension; see its message above.');
}
console.log(`package: ${vsix}`);
