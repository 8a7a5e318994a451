// `npm run build:schema [-- OUT.json]`: writes the center configuration's JSON Schema (draft 2020-12), by
// default to dist/center-config.schema.json, which npm and unpkg publish. A center adds
//   "$schema": "https://unpkg.com/iop-cost-estimator/dist/center-config.schema.json"
// to its file and an editor completes and checks each field as it is typed.
//
// The schema is zod's own rendering (z.toJSONSchema) of CenterConfigSchema, the schema the widget validates
// with, so the two say the same: types, required fields, choices, ranges, whole numbers and the amount
// formats. What JSON Schema cannot say (an amount's maximum when written as text, the checks across fields)
// only `npm run check-config` and the widget check. Each field's description and default come from
// src/core/center/center-config-docs.ts, kept out of the embed bundle; they are added here by field path, after
// zod's rendering, because zod's `override` sees a schema used by several fields (every amount) only once.
// The center's words may also be given per language (center-words.ts), which the widget resolves before its
// schema sees them: that form is added here too.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { CENTER_CONFIG_DESCRIPTION, CENTER_CONFIG_DOCS, CENTER_CONFIG_TITLE, type FieldDoc } from '../core/center/center-config-docs.ts';
import { CenterConfigSchema } from '../core/center/center-config.ts';
import { TEXT_FIELDS, WORDS_PER_LANGUAGE } from '../core/center/center-words.ts';

export const SCHEMA_FILE = 'dist/center-config.schema.json';

type JsonSchema = { [keyword: string]: unknown };

const packageName = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string }).name;

/** Where the published schema lives: what a center's `$schema` line names. */
export const SCHEMA_ID = `https://unpkg.com/${packageName}/${SCHEMA_FILE}`;

/** The JSON Schema of a center configuration, every field described. Throws if a field has no description. */
export function centerConfigJsonSchema(docs: Record<string, FieldDoc> = CENTER_CONFIG_DOCS): JsonSchema {
  const rendered = z.toJSONSchema(CenterConfigSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
  const { $schema, ...body } = JSON.parse(JSON.stringify(rendered)) as JsonSchema;
  const missing: string[] = [];
  const used = new Set<string>();

  /** Describes each property and array item under `node`, whose field path is `path`. */
  const describe = (node: JsonSchema, path: string): void => {
    const properties = node.properties as Record<string, JsonSchema> | undefined;
    for (const [key, child] of Object.entries(properties ?? {})) {
      const field = path ? `${path}.${key}` : key;
      properties![key] = described(child, field);
    }
    if (node.items && typeof node.items === 'object') node.items = described(node.items as JsonSchema, `${path}[]`);
    for (const branch of (node.anyOf as JsonSchema[] | undefined) ?? []) describe(branch, path);
  };
  const described = (node: JsonSchema, field: string): JsonSchema => {
    describe(node, field);
    const doc = docs[field];
    if (!doc) {
      missing.push(field);
      return node;
    }
    used.add(field);
    const hasDefault = doc.default !== undefined;
    const description = hasDefault ? `${doc.description} Default: ${JSON.stringify(doc.default)}.` : doc.description;
    // The center's words: text, or the same text per language (the widget chooses before it checks them).
    const shape = (TEXT_FIELDS as readonly string[]).includes(field) ? { anyOf: [node, WORDS_PER_LANGUAGE] } : node;
    return { description, ...(hasDefault ? { default: doc.default } : {}), ...shape };
  };

  describe(body, '');
  const unknown = Object.keys(docs).filter((field) => !used.has(field));
  if (missing.length || unknown.length) {
    throw new Error(
      [
        missing.length ? `fields with no description in center-config-docs.ts: ${missing.join(', ')}` : '',
        unknown.length ? `descriptions of no field of CenterConfigSchema: ${unknown.join(', ')}` : '',
      ].filter(Boolean).join('; '),
    );
  }
  return { $schema, $id: SCHEMA_ID, title: CENTER_CONFIG_TITLE, description: CENTER_CONFIG_DESCRIPTION, ...body };
}

function main(args: string[]): number {
  if (args.length > 1 || args[0]?.startsWith('-')) {
    process.stderr.write('usage: npm run build:schema [-- OUT.json]\n');
    return 2;
  }
  const out = args[0] ?? SCHEMA_FILE;
  const text = `${JSON.stringify(centerConfigJsonSchema(), null, 2)}\n`;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  process.stdout.write(`${out}: ${(text.length / 1024).toFixed(1)} KB, ${Object.keys(CENTER_CONFIG_DOCS).length} fields described\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
