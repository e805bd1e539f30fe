// The Neo4j compiler: one program → one parameterised read-only Cypher statement (a chain of CALL subqueries).
//
// The current set `cur` is a list of maps {n: node, via: [ids], ev: [evidence JSON], score}; named sets
// are more such lists (s0, s1…) carried through every WITH, and `over` records a step that produced more
// than $p.maxSet items (its set is emptied so the rest stays cheap; the caller then throws TOO_LARGE).
// Aggregating CALL subqueries return one row even for an empty set, so the statement always returns one row.
import type { Program, ProgramStep } from './program.ts';
import {
  DOC_KEYS, ITEM, arrow, filterCondition, hasLabel, label, relationPattern, types, type Params, type SetVars,
} from './cypher-parts.ts';
import { narrowedFind } from './cypher-scope.ts';
import type { FilterStep, FollowStep } from './schema.ts';
import { NODE_LABELS, type NodeLabel } from '../model.ts';
import { PLANNED_ONCE } from '../store/neo4j/neo4j-cypher.ts';

type CompiledKind = 'items' | 'ranked' | 'count' | 'groups' | 'comparison';

interface CompiledProgram {
  statement: string;
  params: Record<string, unknown>;
  kind: CompiledKind;
  /** For a comparison: the set names, in the order of the `counts` column. */
  sets: string[];
  ranked: null | { order: 'desc' | 'asc'; limit: number };
}

const NEW_ITEM = (n: string, score = 'null') => `{n: ${n}, via: [], ev: [], score: ${score}}`;

function findBody(step: Extract<ProgramStep, { op: 'find' | 'hits' }>, p: Params): string {
  if (step.op === 'hits') {
    const h = p.add(step.hits);
    return `UNWIND ${h} AS h CALL (h) { MATCH (n:Task {id: h.id}) RETURN n UNION MATCH (n:Section {id: h.id}) RETURN n } `
      + `RETURN collect(${NEW_ITEM('n', 'h.score')}) AS nxt`;
  }
  const all = (labels?: readonly NodeLabel[]) => (labels ?? NODE_LABELS).map(label).join('|');
  const where: string[] = [];
  switch (step.by) {
    case 'label': return `MATCH (n:${all(step.labels)}) RETURN collect(${NEW_ITEM('n')}) AS nxt`;
    case 'document':
      if (step.ids) where.push(`n.id IN ${p.add(step.ids)}`);
      if (step.title !== undefined) where.push(`n.name CONTAINS ${p.text(step.title)}`);
      if (step.jurisdiction !== undefined) where.push(`n.jurisdiction = ${p.add(step.jurisdiction)}`);
      return `MATCH (n:Document) WHERE ${where.join(' AND ') || 'true'} RETURN collect(${NEW_ITEM('n')}) AS nxt`;
    case 'section':
      if (step.path !== undefined) where.push(`n.path = ${p.add(step.path)}`);
      if (step.number !== undefined) where.push(`n.number = ${p.add(step.number)}`);
      if (step.title !== undefined) where.push(`n.name CONTAINS ${p.text(step.title)}`);
      if (step.docId !== undefined) where.push(`n.docId = ${p.add(step.docId)}`);
      return `MATCH (n:Section) WHERE ${where.join(' AND ') || 'true'} RETURN collect(${NEW_ITEM('n')}) AS nxt`;
    case 'name': {
      const terms = p.add(step.names);
      if (step.match === 'exact') {
        const seek = (step.labels ?? NODE_LABELS).map(label).flatMap((l) => [
          `MATCH (n:${l} {id: t}) RETURN n`, `MATCH (n:${l} {name: t}) RETURN n`,
          `MATCH (n:${l}) WHERE n.aliases IS :: LIST<ANY> AND t IN n.aliases RETURN n`,
        ]);
        return `UNWIND ${terms} AS t CALL (t) { ${seek.join(' UNION ')} } WITH DISTINCT n RETURN collect(${NEW_ITEM('n')}) AS nxt`;
      }
      const fuzzy = step.match === 'fuzzy' ? ' OR (size(x) >= 2 AND t CONTAINS x)' : '';
      return `MATCH (n:${all(step.labels)}) WHERE any(t IN ${terms} WHERE any(x IN [n.name] + coalesce(n.aliases, []) WHERE x CONTAINS t${fuzzy})) `
        + `RETURN collect(${NEW_ITEM('n')}) AS nxt`;
    }
  }
}

function followBody(step: FollowStep): string {
  const [left, right] = arrow(step.direction, `[rs:${types(step)}*1..${step.depth}]`);
  return `UNWIND cur AS it WITH it.n AS s MATCH (s)${left}${right}(t) WHERE ${hasLabel('t', step.labels)} `
    + 'WITH t, collect(DISTINCT s.id) AS via, collect(DISTINCT last(rs).evidence_json) AS ev '
    + 'RETURN collect({n: t, via: via, ev: ev, score: null}) AS nxt';
}

class Compiler implements Params {
  /** The one parameter map, `$p`. */
  readonly map: Record<string, unknown> = {};
  /** Strings read through a text index, each a parameter of its own. */
  readonly typed: Record<string, string> = {};
  readonly sets = new Map<string, string>();
  private readonly clauses: string[] = [];

  add(value: unknown): string {
    const name = `p${Object.keys(this.map).length}`;
    this.map[name] = value;
    return `$p.${name}`;
  }

  text(value: string): string {
    const name = `t${Object.keys(this.typed).length}`;
    this.typed[name] = value;
    return `$${name}`;
  }

  private get carry(): string {
    return ['over', ...this.sets.values()].join(', ');
  }

  /** `, s0, s1` to keep named sets in scope across a WITH. */
  get setList(): string {
    return [...this.sets.values()].map((v) => `, ${v}`).join('');
  }

  private get scope(): string {
    return ['cur', this.carry].join(', ');
  }

  /**
   * A step that makes a new current set with a subquery ending in `RETURN … AS nxt`; `size` is how many items the
   * step counts for the set limit (a narrowed find counts what the plain find would have held).
   */
  private produce(body: string, size = 'size(nxt)'): void {
    this.clauses.push(`CALL (${this.scope}) { ${body} }`);
    const others = [...this.sets.values()];
    this.clauses.push(`WITH CASE WHEN ${size} > $p.maxSet THEN [] ELSE nxt END AS cur, over OR ${size} > $p.maxSet AS over${others.map((s) => `, ${s}`).join('')}`);
  }

  private rebind(expression: string): void {
    const others = [...this.sets.values()];
    this.clauses.push(`WITH ${expression} AS cur, over${others.map((s) => `, ${s}`).join('')}`);
  }

  /** One step; `next` is the step after it (a document filter right after a find by label narrows the find). */
  step(step: ProgramStep, sets: SetVars, next?: ProgramStep): void {
    const narrowed = step.op === 'find' && step.by === 'label'
      ? narrowedFind(step, next?.op === 'filter' ? (next as FilterStep) : undefined, this, (n) => NEW_ITEM(n)) : null;
    if (narrowed) return this.produce(narrowed, 'found');
    switch (step.op) {
      case 'hits': case 'find': this.produce(findBody(step, this)); break;
      case 'follow': this.produce(followBody(step)); break;
      case 'filter': this.produce(`UNWIND cur AS it WITH it, it.n AS n${this.setList} WHERE ${filterCondition(step, this, sets)} RETURN collect(it) AS nxt`); break;
      case 'as': {
        const v = this.sets.get(step.name) ?? `s${this.sets.size}`;
        const others = [...this.sets.values()].filter((s) => s !== v);
        this.sets.set(step.name, v);
        this.clauses.push(`WITH cur, over${others.map((s) => `, ${s}`).join('')}, cur AS ${v}`);
        break;
      }
      case 'use': this.rebind(this.sets.get(step.name) as string); break;
      case 'combine': {
        const other = this.sets.get(step.with) as string;
        const keep = step.how === 'intersect' ? '' : 'NOT ';
        if (step.how === 'union') this.produce(`WITH cur, [x IN cur | x.n.id] AS ids RETURN cur + [y IN ${other} WHERE NOT y.n.id IN ids] AS nxt`);
        else this.produce(`WITH cur, [y IN ${other} | y.n.id] AS ids RETURN [x IN cur WHERE ${keep}x.n.id IN ids] AS nxt`);
        break;
      }
      default: throw new Error(`cypher.ts: ${step.op} is a final step`);
    }
  }

  finish(last: ProgramStep | undefined): Omit<CompiledProgram, 'params'> {
    const head = `WITH [] AS cur, false AS over${[...this.sets.values()].map((s) => `, [] AS ${s}`).join('')}`;
    const body = [head, ...this.clauses];
    const done = (ret: string, kind: CompiledKind, extra: Partial<CompiledProgram> = {}) =>
      ({ statement: [...body, ret].join('\n'), kind, sets: [], ranked: null, ...extra });
    if (!last || !['count', 'group', 'rank', 'compare'].includes(last.op)) return done(`CALL (cur) { UNWIND cur AS it WITH it, it.n AS n RETURN collect(${ITEM('it', 'n')}) AS items }\nRETURN over, items`, 'items');
    if (last.op === 'count') return done('RETURN over, size(cur) AS count', 'count');
    if (last.op === 'compare') return done(`RETURN over, [${last.sets.map((s) => `size(${this.sets.get(s)})`).join(', ')}] AS counts`, 'comparison', { sets: [...last.sets] });
    if (last.op === 'group') {
      const keys = last.by === 'label' ? '[labels(it.n)[0]]' : DOC_KEYS('it.n');
      return done(`CALL (cur) { UNWIND cur AS it UNWIND ${keys} AS key WITH key, count(*) AS c RETURN collect({key: key, count: c}) AS groups }\nRETURN over, groups`, 'groups');
    }
    if (last.op === 'rank') {
      const score = last.by ? `size(COLLECT { ${relationPattern('n', last.by, this.sets)} RETURN DISTINCT m.id })` : 'size(it.via)';
      const ranked = `CALL (${this.scope}) { UNWIND cur AS it WITH it, it.n AS n${this.setList} WITH n, it {.*, score: ${score}} AS it RETURN collect(${ITEM('it', 'n')}) AS items }\nRETURN over, items`;
      return done(ranked, 'ranked', { ranked: { order: last.order, limit: last.limit } });
    }
    throw new Error('cypher.ts: unreachable');
  }
}

/**
 * Compile a program (validated by parsePlan) into one read-only statement. Its values travel in one map, `$p`, as the
 * catalogue's do (neo4j-cypher.ts inOneMap): Neo4j keys a cached plan by each parameter's type and list-size bucket,
 * so a plan with 3 search hits and the same plan with 12 were planned twice. A string read through a text index
 * (`n.name CONTAINS`) stays a typed parameter of its own: the planner uses the trigram index only for a known string.
 * Its expressions are interpreted (PLANNED_ONCE), as the catalogue's: a plan's shape repeats, and Neo4j would compile
 * each statement again at its 11th run, a one-off cost inside the answers users wait for.
 */
export function compileProgram(program: Program): CompiledProgram {
  const compiler = new Compiler();
  const steps = program.steps;
  const last = steps[steps.length - 1];
  const final = last && ['count', 'group', 'rank', 'compare'].includes(last.op);
  const body = final ? steps.slice(0, -1) : steps;
  body.forEach((step, i) => compiler.step(step, compiler.sets, body[i + 1]));
  const compiled = compiler.finish(final ? last : undefined);
  return { ...compiled, statement: PLANNED_ONCE + compiled.statement, params: { p: { ...compiler.map, maxSet: program.maxSet }, ...compiler.typed } };
}
