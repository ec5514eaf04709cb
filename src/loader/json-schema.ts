/**
 * JSON Schema for each YAML content type, generated from the Zod schemas, so that VS Code's YAML
 * extension can complete field names and flag mistakes while an editor types. The files are
 * committed under .vscode/schemas/ and mapped to content files in .vscode/settings.json.
 */
import { z } from 'zod';
import { CONTENT_TYPES, type ContentType } from './content-files.ts';

export const SCHEMA_DIR = '.vscode/schemas';

export interface SchemaFile {
  /** Path from the project root, such as `.vscode/schemas/actions.schema.json`. */
  path: string;
  /** Content files it applies to, as globs from the project root. */
  applies: string;
  json: string;
}

/** One schema per YAML content type. MDX front matter is not covered: editors do not get YAML help inside MDX. */
export function jsonSchemaFiles(): SchemaFile[] {
  return (Object.values(CONTENT_TYPES) as ContentType[])
    .filter((type) => type.kind === 'yaml')
    .map((type) => {
      const schema = z.toJSONSchema(type.schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' });
      const document = { title: `${type.name}: ${type.purpose}`, ...schema };
      return {
        path: `${SCHEMA_DIR}/${type.name}.schema.json`,
        applies: type.single ? `content/${type.single}` : `content/${type.folder}/*.yaml`,
        json: `${JSON.stringify(document, null, 2)}\n`,
      };
    });
}

/** The `yaml.schemas` setting for VS Code: schema path → the files it validates. */
export function vscodeYamlSchemas(): Record<string, string> {
  return Object.fromEntries(jsonSchemaFiles().map((f) => [`./${f.path}`, f.applies]));
}
