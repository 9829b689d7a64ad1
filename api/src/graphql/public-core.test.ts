import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  parse,
  validate,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config/config.js';
import { printSchemaFile } from './schema.js';
import { buildAppSchema } from '../schema.js';

const read = (file: string) => fs.readFileSync(path.join(repoRoot, 'schema', file), 'utf8');

/**
 * Parts of the public core that later issues bring, each with the issue that lands it. The test also fails when a
 * pending part is already in the schema, so this list only shrinks and always tells the truth.
 */
const PENDING: Record<string, string> = {
};

const typeName = (t: GraphQLNamedType | GraphQLOutputType | GraphQLInputType): string => String(t);

/** An output may be stricter than the core (non-null where the core allows null), never looser. */
function outputCompatible(core: GraphQLOutputType, emitted: GraphQLOutputType): boolean {
  if (isNonNullType(core)) return isNonNullType(emitted) && outputCompatible(core.ofType, emitted.ofType);
  if (isNonNullType(emitted)) return outputCompatible(core, emitted.ofType);
  if (isListType(core)) return isListType(emitted) && outputCompatible(core.ofType, emitted.ofType);
  return !isListType(emitted) && core.name === emitted.name;
}

/** An input may be looser than the core (optional where the core requires), never stricter. */
function inputCompatible(core: GraphQLInputType, emitted: GraphQLInputType): boolean {
  if (isNonNullType(emitted)) return isNonNullType(core) && inputCompatible(core.ofType, emitted.ofType);
  if (isNonNullType(core)) return inputCompatible(core.ofType, emitted);
  if (isListType(core)) return isListType(emitted) && inputCompatible(core.ofType, emitted.ofType);
  return !isListType(emitted) && core.name === emitted.name;
}

/** Lists every way the emitted schema breaks the core; empty when it keeps it. */
export function contractViolations(core: GraphQLSchema, emitted: GraphQLSchema, pending: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const coreType of Object.values(core.getTypeMap())) {
    if (coreType.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(coreType.name)) continue;
    const theirs = emitted.getType(coreType.name);
    if (pending[coreType.name]) {
      if (theirs) problems.push(`${coreType.name} has landed: remove it from PENDING`);
      continue;
    }
    if (!theirs) {
      problems.push(`missing type ${coreType.name}`);
      continue;
    }
    if (isScalarType(coreType)) {
      if (!isScalarType(theirs)) problems.push(`${coreType.name} must be a scalar`);
    } else if (isEnumType(coreType)) {
      if (!isEnumType(theirs)) problems.push(`${coreType.name} must be an enum`);
      else for (const value of coreType.getValues()) if (!theirs.getValue(value.name)) problems.push(`missing enum value ${coreType.name}.${value.name}`);
    } else if (isObjectType(coreType)) {
      if (!isObjectType(theirs)) {
        problems.push(`${coreType.name} must be an object type`);
        continue;
      }
      const theirFields = theirs.getFields();
      for (const field of Object.values(coreType.getFields())) {
        const coordinate = `${coreType.name}.${field.name}`;
        const theirField = theirFields[field.name];
        if (pending[coordinate]) {
          if (theirField) problems.push(`${coordinate} has landed: remove it from PENDING`);
          continue;
        }
        if (!theirField) {
          problems.push(`missing field ${coordinate}`);
          continue;
        }
        if (!outputCompatible(field.type, theirField.type)) problems.push(`${coordinate} is ${typeName(theirField.type)}, core says ${typeName(field.type)}`);
        for (const arg of field.args) {
          const theirArg = theirField.args.find((a) => a.name === arg.name);
          if (!theirArg) problems.push(`missing argument ${coordinate}(${arg.name})`);
          else if (!inputCompatible(arg.type, theirArg.type)) problems.push(`${coordinate}(${arg.name}) is ${typeName(theirArg.type)}, core says ${typeName(arg.type)}`);
        }
        for (const extra of theirField.args) {
          if (!field.args.some((a) => a.name === extra.name) && isNonNullType(extra.type) && extra.defaultValue === undefined) {
            problems.push(`${coordinate}(${extra.name}) is a new required argument: existing callers would break`);
          }
        }
      }
    } else if (isInputObjectType(coreType)) {
      if (!isInputObjectType(theirs)) {
        problems.push(`${coreType.name} must be an input type`);
        continue;
      }
      const theirFields = theirs.getFields();
      for (const field of Object.values(coreType.getFields())) {
        const theirField = theirFields[field.name];
        if (!theirField) problems.push(`missing input field ${coreType.name}.${field.name}`);
        else if (!inputCompatible(field.type, theirField.type)) problems.push(`${coreType.name}.${field.name} is ${typeName(theirField.type)}, core says ${typeName(field.type)}`);
      }
      for (const extra of Object.values(theirFields)) {
        if (!coreType.getFields()[extra.name] && isNonNullType(extra.type) && extra.defaultValue === undefined) {
          problems.push(`${coreType.name}.${extra.name} is a new required input field: existing callers would break`);
        }
      }
    }
  }
  return problems;
}

describe('schema/schema.graphql', () => {
  it('is current: it equals what the code emits (run `pnpm schema` after changing the API)', async () => {
    expect(read('schema.graphql')).toBe(printSchemaFile(await buildAppSchema()));
  });

  it('keeps the public core of the API', () => {
    const violations = contractViolations(buildSchema(read('public-core.graphql')), buildSchema(read('schema.graphql')), PENDING);
    expect(violations).toEqual([]);
  });
});

describe('schema/examples.graphql', () => {
  it('holds only operations that are valid against the schema', () => {
    const errors = validate(buildSchema(read('schema.graphql')), parse(read('examples.graphql')));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});

describe('the contract check itself', () => {
  const core = buildSchema('type Query { a(x: Int!): String! b: Int list: [Int!] } enum E { A B }');
  const check = (sdl: string) => contractViolations(core, buildSchema(sdl), {});

  it('accepts a schema that keeps the core and adds optional things', () => {
    expect(check('type Query { a(x: Int, y: Int): String! b: Int! list: [Int!]! c: Int } enum E { A B C }')).toEqual([]);
  });

  it.each([
    ['a missing field', 'type Query { a(x: Int!): String! list: [Int!] } enum E { A B }', 'missing field Query.b'],
    ['a looser output', 'type Query { a(x: Int!): String b: Int list: [Int!] } enum E { A B }', 'Query.a is String'],
    ['another type', 'type Query { a(x: Int!): String! b: String list: [Int!] } enum E { A B }', 'Query.b is String'],
    ['a stricter argument', 'type Query { a(x: Int!, y: Int!): String! b: Int list: [Int!] } enum E { A B }', 'new required argument'],
    ['a missing enum value', 'type Query { a(x: Int!): String! b: Int list: [Int!] } enum E { A }', 'missing enum value E.B'],
    ['a renamed argument', 'type Query { a(z: Int!): String! b: Int list: [Int!] } enum E { A B }', 'missing argument Query.a(x)'],
  ])('catches %s', (_what, sdl, problem) => {
    expect(check(sdl).join('\n')).toContain(problem);
  });
});
