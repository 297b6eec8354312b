// Writes src/checks/*.ts: one plain type-guard function per schema of src/schemas, generated from
// the zod schema itself, so zod stays the single source of truth while a browser checks a 5 000-
// event month without zod's run time (measured in bench/) and without shipping zod at all. zod is
// loaded only when a check fails, to explain what broke (client/http.ts).
//
//   npm run generate -w @kommunaldialog/sdk
//
// The output is committed (typecheck, lint and editors need it before any build);
// test/checks.test.ts fails when it is stale and compares every check's verdict with zod's.
// A schema this generator cannot reproduce exactly (a transform, an inline refinement, a format
// zod checks with code) gets no check and a comment saying why; a response schema needs one,
// which the resource importing it makes a type error.
import { readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import type * as z from 'zod/mini';
import * as rules from '../src/schemas/rules.js';

type Schema = z.ZodMiniType;
interface Def {
  type: string;
  checks?: Schema[];
  [key: string]: unknown;
}
interface CheckDef {
  check: string;
  [key: string]: unknown;
}

const SCHEMAS = new URL('../src/schemas/', import.meta.url);
const CHECKS = new URL('../src/checks/', import.meta.url);
/** Modules of src/schemas that hold no schemas. */
const NOT_SCHEMAS = new Set(['index', 'values', 'rules']);

class Unsupported extends Error {}

const defOf = (schema: Schema) => schema._zod.def as unknown as Def;
const checkDefOf = (check: unknown) => (check as { _zod: { def: CheckDef } })._zod.def;
const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && '_zod' in value && 'def' in (value as Schema)._zod;
const ruleNames = new Map<unknown, string>(Object.entries(rules).map(([name, fn]) => [fn, name]));
const literal = (value: unknown) => {
  if (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  )
    return JSON.stringify(value);
  if (value === null) return 'null';
  throw new Unsupported(`literal ${String(value)}`);
};
const property = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);

interface Origin {
  module: string;
  name: string;
}

/** Everything one generated module needs: its functions, constants and imports. */
class ModuleWriter {
  readonly consts = new Map<string, string>();
  readonly helpers: string[] = [];
  readonly checkImports = new Map<string, Set<string>>();
  readonly ruleImports = new Set<string>();
  private helperNames = new Set<string>();
  private helperBodies = new Map<string, string>();

  /** Undoes what a schema that turned out unsupported had started to add. */
  transaction(): () => void {
    const [helpers, names, bodies, consts] = [
      this.helpers.length,
      new Set(this.helperNames),
      new Map(this.helperBodies),
      new Map(this.consts),
    ];
    const imports = new Map([...this.checkImports].map(([from, set]) => [from, new Set(set)]));
    const ruleImports = new Set(this.ruleImports);
    return () => {
      this.helpers.length = helpers;
      this.helperNames = names;
      this.helperBodies = bodies;
      this.consts.clear();
      for (const [key, value] of consts) this.consts.set(key, value);
      this.checkImports.clear();
      for (const [key, value] of imports) this.checkImports.set(key, value);
      this.ruleImports.clear();
      for (const name of ruleImports) this.ruleImports.add(name);
    };
  }

  constructor(
    readonly module: string,
    private readonly origins: Map<Schema, Origin>,
  ) {}

  regex(pattern: RegExp): string {
    if (pattern.global || pattern.sticky) throw new Unsupported(`regex with state (${String(pattern)})`);
    const source = String(pattern);
    for (const [name, value] of this.consts) if (value === source) return name;
    const name = `PATTERN_${this.consts.size + 1}`;
    this.consts.set(name, source);
    return name;
  }

  /** A call of the check of a named schema (imported from its module), or undefined. */
  named(schema: Schema, root: Schema, x: string): string | undefined {
    const fn = this.namedFunction(schema, root);
    return fn && `${fn}(${x})`;
  }

  /** The name of a named schema's check (imported from its module), or undefined. */
  namedFunction(schema: Schema, root: Schema): string | undefined {
    const origin = this.origins.get(schema);
    if (!origin || schema === root) return undefined;
    if (origin.module !== this.module) {
      const names = this.checkImports.get(origin.module) ?? new Set();
      names.add(`is${origin.name}`);
      this.checkImports.set(origin.module, names);
    }
    return `is${origin.name}`;
  }

  /** The root's own function gets the body of its object, array or tuple helper. */
  rootBody: string | undefined;

  helper(name: string, body: string, isRoot = false): string {
    if (isRoot) {
      this.rootBody = body;
      return '';
    }
    // The same check twice (two `z.array(Slug)`, a shared tuple) is one function.
    const same = this.helperBodies.get(body);
    if (same) return same;
    let unique = name;
    for (let i = 2; this.helperNames.has(unique); i++) unique = `${name}${i}`;
    this.helperNames.add(unique);
    this.helperBodies.set(body, unique);
    this.helpers.push(`function ${unique}(v: unknown): boolean {\n${body}\n}`);
    return unique;
  }

  rule(fn: unknown, where: string): string {
    const name = ruleNames.get(fn);
    if (!name) throw new Unsupported(`an inline refinement at ${where} (name it in schemas/rules.ts)`);
    this.ruleImports.add(name);
    return name;
  }
}

/** A boolean expression that is true exactly when zod accepts the value of identifier `x`. */
function expression(w: ModuleWriter, schema: Schema, root: Schema, x: string, path: string): string {
  const named = w.named(schema, root, x);
  if (named) return named;
  const def = defOf(schema);
  const traits = schema._zod.traits;
  const parts: string[] = [];
  switch (def.type) {
    case 'string': {
      parts.push(`typeof ${x} === 'string'`);
      if (def.check === 'string_format') {
        if (!traits.has('$ZodCustomStringFormat') || !(def.pattern instanceof RegExp))
          throw new Unsupported(
            `string format "${String(def.format)}" at ${path}, which zod checks with code`,
          );
        parts.push(`${w.regex(def.pattern)}.test(${x})`);
      }
      for (const check of def.checks ?? []) parts.push(stringCheck(w, checkDefOf(check), x, path));
      break;
    }
    case 'number': {
      const checks = (def.checks ?? []).map(checkDefOf);
      const int = checks.some((c) => c.check === 'number_format');
      parts.push(`typeof ${x} === 'number'`, int ? `Number.isSafeInteger(${x})` : `Number.isFinite(${x})`);
      for (const check of checks) {
        if (check.check === 'number_format') {
          if (check.format !== 'safeint')
            throw new Unsupported(`number format ${String(check.format)} at ${path}`);
        } else if (check.check === 'greater_than') {
          parts.push(`${x} ${check.inclusive ? '>=' : '>'} ${literal(check.value)}`);
        } else if (check.check === 'less_than') {
          parts.push(`${x} ${check.inclusive ? '<=' : '<'} ${literal(check.value)}`);
        } else throw new Unsupported(`number check ${check.check} at ${path}`);
      }
      break;
    }
    case 'boolean':
      parts.push(`typeof ${x} === 'boolean'`);
      break;
    case 'literal':
      parts.push(oneOf(x, def.values as unknown[]));
      break;
    case 'enum':
      parts.push(oneOf(x, Object.values(def.entries as object)));
      break;
    case 'optional':
      return `(${x} === undefined || ${expression(w, def.innerType as Schema, root, x, path)})`;
    case 'nullable':
      return `(${x} === null || ${expression(w, def.innerType as Schema, root, x, path)})`;
    case 'union': {
      const options = def.options as Schema[];
      return `(${options.map((option, i) => expression(w, option, root, x, `${path}|${i}`)).join(' || ')})`;
    }
    case 'object':
      return schema === root
        ? objectHelper(w, schema, root, path, true)
        : `${objectHelper(w, schema, root, path)}(${x})`;
    case 'array':
      return arrayExpression(w, schema, root, x, path);
    case 'tuple':
      return schema === root
        ? tupleHelper(w, schema, root, path, true)
        : `${tupleHelper(w, schema, root, path)}(${x})`;
    default:
      throw new Unsupported(`a ${def.type} at ${path}`);
  }
  if (def.type !== 'number' && def.type !== 'string' && def.checks?.length)
    throw new Unsupported(`checks on a ${def.type} at ${path}`);
  return parts.length === 1 ? parts[0]! : `(${parts.join(' && ')})`;
}

function oneOf(x: string, values: unknown[]): string {
  return `(${values.map((value) => `${x} === ${literal(value)}`).join(' || ')})`;
}

function stringCheck(w: ModuleWriter, check: CheckDef, x: string, path: string): string {
  switch (check.check) {
    case 'string_format':
      if (check.format !== 'regex' || !(check.pattern instanceof RegExp))
        throw new Unsupported(`string format "${String(check.format)}" at ${path}`);
      return `${w.regex(check.pattern)}.test(${x})`;
    case 'max_length':
      return `${x}.length <= ${literal(check.maximum)}`;
    case 'min_length':
      return `${x}.length >= ${literal(check.minimum)}`;
    case 'length_equals':
      return `${x}.length === ${literal(check.length)}`;
    default:
      // `overwrite` (normalize, trim) changes the value; a check cannot give the same result.
      throw new Unsupported(`string check ${check.check} at ${path}`);
  }
}

/** The `min` and `max` arguments of `isArrayOf` for an array's length checks ('' when none). */
function lengthArguments(checks: Schema[] | undefined, path: string): string {
  let min = 0;
  let max = Infinity;
  for (const c of checks ?? []) {
    const check = checkDefOf(c);
    if (check.check === 'min_length') min = Math.max(min, check.minimum as number);
    else if (check.check === 'max_length') max = Math.min(max, check.maximum as number);
    else if (check.check === 'length_equals') [min, max] = [check.length as number, check.length as number];
    else throw new Unsupported(`array check ${check.check} at ${path}`);
  }
  if (max !== Infinity) return `, ${literal(min)}, ${literal(max)}`;
  return min > 0 ? `, ${literal(min)}` : '';
}

const helperName = (path: string) =>
  'check' + path.replace(/[^\w$]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase());

function objectHelper(w: ModuleWriter, schema: Schema, root: Schema, path: string, isRoot = false): string {
  const def = defOf(schema);
  const shape = def.shape as Record<string, Schema>;
  const lines = ['  if (!isRecord(v)) return false;', '  let p: unknown;'];
  for (const [key, field] of Object.entries(shape)) {
    if (key === '__proto__') throw new Unsupported(`a "__proto__" key at ${path}`);
    lines.push(
      `  p = v${property(key)};`,
      `  if (!(${expression(w, field, root, 'p', `${path}.${key}`)})) return false;`,
    );
  }
  const catchall = def.catchall as Schema | undefined;
  if (catchall) {
    const kind = defOf(catchall).type;
    if (kind === 'never') {
      const known = w.regex(new RegExp(`^(?:${Object.keys(shape).map(escapeRegex).join('|')})$`));
      lines.push(`  for (const key of Object.keys(v)) if (!${known}.test(key)) return false;`);
    } else if (kind !== 'unknown') throw new Unsupported(`a ${kind} catch-all at ${path}`);
  }
  for (const c of def.checks ?? []) {
    const check = checkDefOf(c);
    if (check.check !== 'custom') throw new Unsupported(`object check ${check.check} at ${path}`);
    lines.push(`  if (!${w.rule(check.fn, path)}(v as never)) return false;`);
  }
  lines.push('  return true;');
  return w.helper(helperName(path), lines.join('\n'), isRoot);
}

/** `isArrayOf(x, item, …)`: items are checked by a named check, a helper, or a one-line helper. */
function arrayExpression(w: ModuleWriter, schema: Schema, root: Schema, x: string, path: string): string {
  const def = defOf(schema);
  const element = def.element as Schema;
  const kind = defOf(element).type;
  const item =
    w.namedFunction(element, root) ??
    (kind === 'object'
      ? objectHelper(w, element, root, `${path}Item`)
      : kind === 'tuple'
        ? tupleHelper(w, element, root, `${path}Item`)
        : w.helper(helperName(`${path}Item`), `  return ${expression(w, element, root, 'v', `${path}[]`)};`));
  return `isArrayOf(${x}, ${item}${lengthArguments(def.checks, path)})`;
}

function tupleHelper(w: ModuleWriter, schema: Schema, root: Schema, path: string, isRoot = false): string {
  const def = defOf(schema);
  const items = def.items as Schema[];
  if (def.rest || items.some((item) => item._zod.optin !== undefined))
    throw new Unsupported(`a tuple with optional or rest items at ${path}`);
  if (def.checks?.length) throw new Unsupported(`checks on a tuple at ${path}`);
  const lines = [`  if (!Array.isArray(v) || v.length !== ${items.length}) return false;`];
  items.forEach((item, i) => {
    lines.push(
      `  const e${i}: unknown = v[${i}];`,
      `  if (!(${expression(w, item, root, `e${i}`, `${path}[${i}]`)})) return false;`,
    );
  });
  lines.push('  return true;');
  return w.helper(helperName(`${path}Tuple`), lines.join('\n'), isRoot);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** The generated modules, by file name, formatted with the repository's Prettier settings. */
export async function generateChecks(): Promise<Map<string, string>> {
  const modules = readdirSync(SCHEMAS)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -3))
    .filter((name) => !NOT_SCHEMAS.has(name))
    .sort();
  const origins = new Map<Schema, Origin>();
  const exported = new Map<string, [string, Schema][]>();
  for (const module of modules) {
    const values = (await import(new URL(`${module}.ts`, SCHEMAS).href)) as Record<string, unknown>;
    const schemas = Object.entries(values).filter((entry): entry is [string, Schema] => isSchema(entry[1]));
    for (const [name, schema] of schemas) if (!origins.has(schema)) origins.set(schema, { module, name });
    exported.set(module, schemas);
  }

  const prettierOptions = (await prettier.resolveConfig(fileURLToPath(new URL('x.ts', CHECKS)))) ?? {};
  const files = new Map<string, string>();
  for (const [module, schemas] of exported) {
    const w = new ModuleWriter(module, origins);
    const checks: string[] = [];
    for (const [name, schema] of schemas) {
      if (origins.get(schema)?.module !== module) continue;
      const rollback = w.transaction();
      try {
        w.rootBody = undefined;
        const expr = expression(w, schema, schema, 'v', name);
        const type = `z.output<typeof schemas.${name}>`;
        const body = w.rootBody ?? `  return ${expr};`;
        checks.push(
          `/** Whether zod's \`${name}\` accepts \`v\` (generated from it). */\n` +
            `export function is${name}(v: unknown): v is ${type} {\n${body}\n}`,
        );
        // Response bodies are objects: those get the pair the transport takes.
        if (defOf(schema).type === 'object') {
          checks.push(
            `/** \`${name}\` as a response check: the fast verdict, and the schema only to explain a rejection. */\n` +
              `export const ${name}Check: ResponseCheck<${type}> = {\n` +
              `  is: is${name},\n  schema: async () => (await import('../schemas/${module}.js')).${name},\n};`,
          );
        }
      } catch (error) {
        if (!(error instanceof Unsupported)) throw error;
        rollback();
        checks.push(`// ${name}: no generated check — ${error.message}; zod alone checks it.`);
      }
    }
    const body = [...w.helpers, ...checks].join('\n');
    const shared = ['isArrayOf', 'isRecord'].filter((name) => body.includes(`${name}(`));
    const imports = [
      `import type * as z from 'zod/mini';`,
      ...(shared.length ? [`import { ${shared.join(', ')} } from '../check-helpers.js';`] : []),
      ...(checks.some((check) => check.includes('ResponseCheck<'))
        ? [`import type { ResponseCheck } from '../client/response-check.js';`]
        : []),
      `import type * as schemas from '../schemas/${module}.js';`,
      ...[...w.checkImports]
        .sort()
        .map(([from, names]) => `import { ${[...names].sort().join(', ')} } from './${from}.js';`),
      ...(w.ruleImports.size
        ? [`import { ${[...w.ruleImports].sort().join(', ')} } from '../schemas/rules.js';`]
        : []),
    ];
    const source = [
      `// Generated by scripts/generate-checks.ts from src/schemas/${module}.ts. Do not edit:`,
      '// change the schema and run `npm run generate -w @kommunaldialog/sdk`.',
      ...imports,
      '',
      ...[...w.consts].map(([name, value]) => `const ${name} = ${value};`),
      '',
      ...w.helpers.map((helper) => `${helper}\n`),
      ...checks.map((check) => `${check}\n`),
    ].join('\n');
    files.set(`${module}.ts`, await prettier.format(source, { ...prettierOptions, parser: 'typescript' }));
  }
  files.set('index.ts', await prettier.format(indexOf(files), { ...prettierOptions, parser: 'typescript' }));
  return files;
}

/** `@kommunaldialog/sdk/checks`: every generated check, by name (named re-exports, see src/index.ts). */
function indexOf(files: Map<string, string>): string {
  const lines = [
    '// Generated by scripts/generate-checks.ts. Do not edit.',
    '/**',
    ' * Type guards generated from the zod schemas: the same verdict as `Schema.safeParse(v).success`,',
    ' * without zod, for code that checks many records fast or must stay small. To learn *why* a value',
    ' * is rejected, ask the schema.',
    ' *',
    ' * @example',
    " * import { isDialogEvent } from '@kommunaldialog/sdk/checks';",
    ' * const events = rows.filter(isDialogEvent);',
    ' *',
    ' * @module',
    ' */',
  ];
  for (const [name, text] of files) {
    const names = [...text.matchAll(/^export function (is\w+)/gm)].map((m) => m[1]!).sort();
    if (names.length) lines.push(`export { ${names.join(', ')} } from './${name.replace(/\.ts$/, '.js')}';`);
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = await generateChecks();
  rmSync(CHECKS, { recursive: true, force: true });
  mkdirSync(CHECKS, { recursive: true });
  for (const [name, text] of files) writeFileSync(new URL(name, CHECKS), text);
  console.log(`src/checks: ${[...files.keys()].join(', ')}`);
}
