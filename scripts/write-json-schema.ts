/**
 * `npm run schema`: writes the JSON Schema of every YAML content type to .vscode/schemas/ and maps
 * them in .vscode/settings.json. Run it after changing a schema; a test fails while they are stale.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { jsonSchemaFiles, SCHEMA_DIR, vscodeYamlSchemas } from '../src/loader/json-schema.ts';

const root = path.resolve(import.meta.dirname, '..');
mkdirSync(path.join(root, SCHEMA_DIR), { recursive: true });
for (const file of jsonSchemaFiles()) {
  writeFileSync(path.join(root, file.path), file.json);
  console.log(`wrote ${file.path} (for ${file.applies})`);
}

const settingsPath = path.join(root, '.vscode/settings.json');
const settings = existsSync(settingsPath)
  ? (JSON.parse(readFileSync(settingsPath, 'utf8')) as Record<string, unknown>)
  : {};
settings['yaml.schemas'] = vscodeYamlSchemas();
writeFileSync(settingsPath, `${JSON.stringify(settings, null, 2)}\n`);
console.log('updated .vscode/settings.json');
