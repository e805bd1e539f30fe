// Checks that read a batch without copying it, compiled once at start-up from the zod schemas of batch-schema.ts, so
// the schema is the one source: a field added there is checked here with no second edit. Zod's parse copies every
// object it accepts (and reorders keys into the schema's order), which cost ~1.5 s of CPU per 1,000 generated
// documents; a compiled check allocates nothing. It only ever says "exactly what zod would return" (keeps) or "zod
// accepts this" (accepts): anything else — a bad value, another key order, an extra key zod would strip, an
// `undefined` value — answers false, and the caller runs the zod schema itself, for its verdict and its messages. So
// a check that is too strict costs time, never a different result; one too lenient is a bug, and
// test/graph/store/batch-shape.test.ts holds every check to its schema on real and mutated batches.
//
// The schema is compiled to the source of one function per object, list and record (new Function), as a hand-written
// check would read: a tree of closures (one call per field and per check) ran slower than the hand-written checks
// this replaced; the generated ones read 1,000 generated documents' 365k items in about the same CPU (~75 ms). Only
// the schema's key names (as JSON string literals) and numbers reach the source; sets and zod's own checks are passed
// in as constants.
import type { z } from 'zod';

/** What a compiled check answers: `keeps`, zod returns the value unchanged (deep-equal, same key order); `accepts`, zod accepts it. */
type Mode = 'keeps' | 'accepts';
export type Check = (value: unknown) => boolean;

/** The parts of zod 4's internals read here (`schema._zod.def`, a check's `_zod.check`). */
interface ZodNode {
  _zod: { def: ZodDef; optin?: 'optional'; check?: (payload: { value: unknown; issues: unknown[] }) => unknown };
}
interface ZodDef {
  type: string;
  checks?: ZodNode[];
  shape?: Record<string, ZodNode>;
  catchall?: ZodNode;
  innerType?: ZodNode;
  element?: ZodNode;
  keyType?: ZodNode;
  valueType?: ZodNode;
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
  // A check's definition.
  check?: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
}

const internals = (schema: z.ZodType): ZodNode => schema as unknown as ZodNode;

/** An object zod reads as it is: own data properties only (structured clones, JSON, the parser's literals). */
function plain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  // zod drops an own `__proto__` key (JSON.parse makes one): not "unchanged".
  return (proto === Object.prototype || proto === null) && !Object.hasOwn(value, '__proto__');
}

// One payload for every check zod runs here: checks are synchronous and never nested, so it is reset, not made anew.
const payload: { value: unknown; issues: unknown[] } = { value: undefined, issues: [] };

/** A check the compiler does not read, run as zod runs it: it passes when it raises no issue and leaves the value be. */
function zodCheck(check: ZodNode, path: string): Check {
  const run = check._zod.check;
  if (typeof run !== 'function') throw new Error(`batch-shape: a check of ${path} has no _zod.check (zod's internals changed?): update graph/store/batch/batch-shape.ts`);
  return (value) => {
    payload.value = value;
    payload.issues.length = 0;
    try {
      // An async refinement answers a promise: not a synchronous yes.
      return run(payload) === undefined && payload.issues.length === 0 && payload.value === value;
    } catch {
      return false;
    }
  };
}

function unsupported(what: string, path: string): Error {
  return new Error(`batch-shape: no non-copying check for a zod ${what} (at ${path} in batch-schema.ts): teach graph/store/batch/batch-shape.ts to read it, or use a type it reads`);
}

const literal = (key: string) => JSON.stringify(key);
const finiteNumber = (n: unknown, path: string): string => {
  if (typeof n !== 'number' || Number.isNaN(n)) throw unsupported(`check bound ${String(n)}`, path);
  return String(n);
};

/** The source of one module of checks: its functions, and the constants they read (`c[i]`). */
class Compiler {
  readonly functions: string[] = [];
  readonly constants: unknown[] = [];
  private locals = 0;

  constant(value: unknown): string {
    this.constants.push(value);
    return `c[${this.constants.length - 1}]`;
  }

  local(): string {
    return `x${this.locals++}`;
  }

  /** A function `f<n>(v)` holding `body`; its name. */
  fn(body: string): string {
    const name = `f${this.functions.length}`;
    this.functions.push(`function ${name}(v) {\n${body}\n}`);
    return name;
  }

  /** A boolean expression: `v` (a local's name) passes `node` and its checks. */
  test(node: ZodNode, mode: Mode, v: string, path: string): string {
    const checks = (node._zod.def.checks ?? []).map((c) => this.check(c, v, path));
    return [this.type(node, mode, v, path), ...checks].join(' && ');
  }

  /** One of the schema's checks: the common ones written out from their definition (they run on every id and offset), any other run as zod runs it. */
  private check(check: ZodNode, v: string, path: string): string {
    const def = check._zod.def;
    if (def.check === 'min_length') return `${v}.length >= ${finiteNumber(def.minimum, path)}`;
    if (def.check === 'max_length') return `${v}.length <= ${finiteNumber(def.maximum, path)}`;
    if (def.check === 'greater_than') return `${v} ${def.inclusive ? '>=' : '>'} ${finiteNumber(def.value, path)}`;
    if (def.check === 'less_than') return `${v} ${def.inclusive ? '<=' : '<'} ${finiteNumber(def.value, path)}`;
    if (def.check === 'number_format' && def.format === 'safeint') return `Number.isSafeInteger(${v})`;
    return `${this.constant(zodCheck(check, path))}(${v})`;
  }

  private type(node: ZodNode, mode: Mode, v: string, path: string): string {
    const def = node._zod.def;
    switch (def.type) {
      case 'string': return `typeof ${v} === 'string'`;
      case 'number': return `typeof ${v} === 'number' && Number.isFinite(${v})`;
      case 'boolean': return `typeof ${v} === 'boolean'`;
      case 'unknown':
      case 'any': return 'true';
      case 'enum': return `${this.constant(new Set(Object.values(def.entries ?? {})))}.has(${v})`;
      case 'literal': return `${this.constant(new Set(def.values ?? []))}.has(${v})`;
      case 'optional': return `(${v} === undefined || (${this.test(def.innerType!, mode, v, path)}))`;
      case 'nullable': return `(${v} === null || (${this.test(def.innerType!, mode, v, path)}))`;
      case 'array': return `${this.array(def, mode, path)}(${v})`;
      case 'record': return `${this.record(def, mode, path)}(${v})`;
      case 'object': return `${this.object(def, mode, path)}(${v})`;
      default: throw unsupported(def.type, path);
    }
  }

  private array(def: ZodDef, mode: Mode, path: string): string {
    const x = this.local();
    // An index loop, not every(): that skips the holes of a sparse array, which zod reads (and returns) as undefined.
    return this.fn(`  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    ${mode === 'keeps' ? 'if (!Object.hasOwn(v, i)) return false;' : ''}
    const ${x} = v[i];
    if (!(${this.test(def.element!, mode, x, `${path}[]`)})) return false;
  }
  return true;`);
  }

  private record(def: ZodDef, mode: Mode, path: string): string {
    const key = def.keyType!._zod.def;
    if (key.type !== 'string' || (key.checks ?? []).length > 0) throw unsupported(`record keyed by ${key.type} with checks`, path);
    const x = this.local();
    const valueType = def.valueType!._zod.def.type;
    const values = valueType === 'unknown' || valueType === 'any' ? '' : `for (const k in v) {
    const ${x} = v[k];
    if (!(${this.test(def.valueType!, mode, x, `${path}.*`)})) return false;
  }`;
    return this.fn(`  if (!plain(v)) return false;\n  ${values}\n  return true;`);
  }

  /** `head(key, node)` may stand in for the test of a field (a local named `x`): its source, or null. */
  object(def: ZodDef, mode: Mode, path: string, head?: (key: string, node: ZodNode, x: string) => string | null): string {
    const keys = Object.keys(def.shape ?? {});
    const fields = keys.map((key) => {
      const node = def.shape![key];
      const x = this.local();
      // zod skips an absent key only when its schema is optional (z.unknown() is not).
      return { key, x, optional: node._zod.optin === 'optional', test: head?.(key, node, x) ?? this.test(node, mode, x, `${path}.${key}`) };
    });
    // No catchall: extra keys are stripped; never: refused; unknown: kept as they are; else checked.
    const catchall = def.catchall?._zod.def.type;
    const extraAllowed = catchall !== undefined && catchall !== 'never';
    const y = this.local();
    const extra = extraAllowed && catchall !== 'unknown' && catchall !== 'any' ? this.test(def.catchall!, mode, y, `${path}.*`) : null;
    const known = this.constant(new Set(keys));
    if (mode === 'accepts') {
      const each = fields.map((f) => `  const ${f.x} = v[${literal(f.key)}];
  if (${f.x} === undefined && !Object.hasOwn(v, ${literal(f.key)}) ? ${!f.optional} : !(${f.test})) return false;`);
      const extras = catchall === 'never' || extra
        ? `  for (const k in v) if (!${known}.has(k)) { const ${y} = v[k]; if (!(${extra ?? 'false'})) return false; }`
        : '';
      return this.fn(`  if (!plain(v)) return false;\n${each.join('\n')}\n${extras}\n  return true;`);
    }
    // zod returns the declared keys present, in the schema's order, then (a loose object) the extra ones as they came:
    // `next` is the index of the first declared key not yet met; an absent one before it must be optional.
    const skip = (i: number) => fields.slice(0, i).map((f, j) => (f.optional ? '' : `if (next <= ${j}) return false;`)).join(' ');
    const cases = fields.map((f, i) => `      case ${literal(f.key)}: {
        if (extras || next > ${i}) return false;
        ${skip(i)}
        const ${f.x} = value;
        if (!(${f.test})) return false;
        next = ${i + 1};
        continue;
      }`);
    const rest = fields.map((f, j) => (f.optional ? '' : `if (next <= ${j}) return false;`)).join(' ');
    return this.fn(`  if (!plain(v)) return false;
  let next = 0;
  let extras = false;
  for (const key in v) {
    const value = v[key];
    if (value === undefined) return false;
    switch (key) {
${cases.join('\n')}
    }
    ${extraAllowed ? '' : 'return false;'}
    const ${y} = value;
    ${extra ? `if (!(${extra})) return false;` : ''}
    extras = true;
  }
  ${rest}
  return true;`);
  }

  /** The compiled module: it answers the check whose source is `root` (an expression over `v`). */
  build(root: string): Check {
    const source = `${this.functions.join('\n')}\nreturn (v) => ${root};`;
    return new Function('c', 'plain', source)(this.constants, plain) as Check;
  }
}

/** Whether zod's parse by `schema` returns the value unchanged (deep-equal, keys in the same order), read without copying. */
export function keepsCheck(schema: z.ZodType, name: string): Check {
  const c = new Compiler();
  return c.build(c.test(internals(schema), 'keeps', 'v', name));
}

/** Whether zod's parse by `schema` accepts the value (what it would return is not kept), read without copying. */
export function acceptsCheck(schema: z.ZodType, name: string): Check {
  const c = new Compiler();
  return c.build(c.test(internals(schema), 'accepts', 'v', name));
}

/** A batch's lists, each with its item schema and that schema's keeps check, so a batch is read item by item. */
export interface BatchLists {
  /** zod keeps the batch object itself: its keys and fields, its lists only as arrays (their items are read one by one). */
  head: Check;
  lists: { key: string; item: z.ZodType; keeps: Check }[];
}

/** The lists of a z.object of lists and other fields (batchSchema), in the schema's order. */
export function batchLists(schema: z.ZodObject, name: string): BatchLists {
  const def = internals(schema)._zod.def;
  if (def.type !== 'object') throw unsupported(`${def.type} as a batch`, name);
  const lists: BatchLists['lists'] = [];
  const c = new Compiler();
  const head = c.object(def, 'keeps', name, (key, node, x) => {
    if (node._zod.def.type !== 'array' || (node._zod.def.checks ?? []).length > 0) return null;
    const item = node._zod.def.element!;
    lists.push({ key, item: item as unknown as z.ZodType, keeps: keepsCheck(item as unknown as z.ZodType, `${name}.${key}[]`) });
    return `Array.isArray(${x})`;
  });
  return { head: c.build(`${head}(v)`), lists };
}
