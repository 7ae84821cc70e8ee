import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BUILT_IN_ACTOR_TYPES, BUILT_IN_RELATION_TYPES, FIELDS, REQUIRED } from '../../../src/core/factBase/vocabulary';
import type { EntryKind } from '../../../src/core/factBase/vocabulary';

interface SchemaNode {
  readonly description?: string;
  readonly properties?: Record<string, SchemaNode>;
  readonly required?: string[];
  readonly anyOf?: SchemaNode[];
  readonly examples?: string[];
  readonly definitions?: Record<string, SchemaNode>;
  readonly items?: SchemaNode;
}

const root = join(__dirname, '..', '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'schemas', 'facts.schema.json'), 'utf8')) as SchemaNode;

// The mapping a kind describes: the top level, a definition, or the object branch of an `anyOf`.
function objectSchema(kind: EntryKind): SchemaNode {
  if (kind === 'root') return schema;
  const def = schema.definitions?.[kind];
  const object = def?.properties ? def : def?.anyOf?.find((s) => s.properties);
  assert.ok(object, `schemas/facts.schema.json has no object definition for ${kind}`);
  return object;
}

describe('facts.schema.json', () => {
  for (const kind of Object.keys(FIELDS) as EntryKind[]) {
    it(`has exactly the fields the validator knows for ${kind}`, () => {
      const object = objectSchema(kind);
      assert.deepEqual(Object.keys(object.properties ?? {}).sort(), [...FIELDS[kind]].sort());
      assert.deepEqual([...(object.required ?? [])].sort(), [...REQUIRED[kind]].sort());
    });
  }

  it('describes every property', () => {
    const missing: string[] = [];
    const walk = (node: SchemaNode, path: string): void => {
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        if (!value.description) missing.push(`${path}.${key}`);
        walk(value, `${path}.${key}`);
      }
      node.anyOf?.forEach((s, i) => walk(s, `${path}.anyOf[${i}]`));
    };
    walk(schema, '');
    for (const [name, def] of Object.entries(schema.definitions ?? {})) walk(def, name);
    assert.deepEqual(missing, []);
  });

  it('offers the built-in types as completions', () => {
    assert.deepEqual(objectSchema('actor').properties?.type?.examples, BUILT_IN_ACTOR_TYPES.map((t) => t.id));
    assert.deepEqual(objectSchema('relation').properties?.type?.examples, BUILT_IN_RELATION_TYPES.map((t) => t.id));
  });

  // Runs only where a JSON Schema validator happens to be installed; the project does not depend on one.
  it('accepts the valid fixtures and rejects a broken one (when ajv is available)', function () {
    type Validate = ((data: unknown) => boolean) & { errors?: unknown };
    type AjvClass = new (options: object) => { compile(schema: object): Validate };
    let Ajv: AjvClass;
    try {
      const mod = createRequire(__filename)('ajv') as { default?: AjvClass } & AjvClass;
      Ajv = mod.default ?? mod;
    } catch {
      this.skip();
    }
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    const fixtures = join(root, 'test', 'fixtures', 'facts');
    for (const file of ['valid/main.facts.yaml', 'valid/people.facts.yaml', 'includes/main.facts.yaml', 'includes/sub/b.facts.yaml']) {
      const ok = validate(parse(readFileSync(join(fixtures, file), 'utf8')));
      assert.ok(ok, `${file}: ${JSON.stringify(validate.errors)}`);
    }
    assert.equal(validate({ newsLens: 1, actors: [{ id: 'Bad Id', type: 'person' }] }), false);
  });
});
