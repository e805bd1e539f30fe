// The ask pipeline's values: a plan over the catalogue, what to show of its answer, and the answer itself.
import type { QueryInput, QueryName } from '../../graph/catalogue/catalogue.ts';
import type { Role } from '../../graph/catalogue/schemas.ts';
import type { LexTarget } from './lexicon.ts';
import type { Mention } from './link.ts';

export interface AskPlan<N extends QueryName = QueryName> {
  op: N;
  params: QueryInput<N>;
}

/** How to read a query's output for this question. */
export interface Focus {
  show?: 'tasks' | 'units' | 'projects' | 'targets' | 'entities';
  /** Keep only duties of this role (who leads X) / rank by it (who leads most). */
  role?: Role;
  gap?: 'noLead' | 'multiLead' | 'crowded';
  /** Roles of the first and second unit (发改委牵头、经信委配合的任务). */
  pairRoles?: [Role, Role];
  /** Only tasks that also mention this entity (tasks about 涪江 and 琼江). */
  alsoMentions?: LexTarget;
}

export interface PlanChoice {
  plan: AskPlan;
  focus: Focus;
  /** One Chinese line: what the question was taken to mean. */
  understood: string;
  /** Set when the rules guessed: the answer then carries suggestions. */
  unsure?: string;
}

export type { AnswerItem, AskAnswer, CyElement } from './schema.ts';

export interface AskState {
  question: string;
  normalised: string;
  mentions: Mention[];
  rest: string;
  choice?: PlanChoice | null;
}
