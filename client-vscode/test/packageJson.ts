// Reads the extension's package.json for tests that keep code and manifest in step.
import * as fs from 'fs';
import * as path from 'path';

export interface Contributes {
  commands: { command: string; title: string; icon?: string }[];
  menus: Record<string, { command?: string; submenu?: string; when?: string }[]>;
  configuration: { properties: Record<string, { type: string; default?: unknown }> };
  jsonValidation: { fileMatch: string[]; url: string }[];
  yamlValidation: { fileMatch: string[]; url: string }[];
}

export const extensionRoot = path.resolve(__dirname, '..', '..');

export function readManifest(): { contributes: Contributes; activationEvents: string[]; main: string } {
  return JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8'));
}

/** Evaluates the `resourceFilename =~ /re/` and `resourceLangId == x` parts of a when clause for a file. */
export function whenMatchesFile(when: string, fileName: string, languageId: string | undefined): boolean {
  const expression = when
    .replace(/resourceFilename =~ \/((?:[^/\\]|\\.)+)\//g, (_m, source: string) => String(new RegExp(source).test(fileName)))
    .replace(/resourceLangId == (\w+)/g, (_m, id: string) => String(languageId === id))
    .replace(/!explorerResourceIsFolder/g, 'true')
    .replace(/explorerResourceIsFolder/g, 'false');
  if (!/^[\s()!&|truefalse]*$/.test(expression)) throw new Error(`Unsupported when clause in test: ${when}`);
  return Function(`return (${expression});`)() as boolean;
}
