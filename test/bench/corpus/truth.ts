// The ground truth a generated corpus is written with (DIR/truth.json), and the conventions it exercises.
import type { EntityLabel } from '../../../graph/model.ts';
import type { NoiseEvent } from './noise.ts';
import type { SurfaceForm } from './units.ts';

export const TRUTH_FORMAT = 'policy-graph-corpus/v1';

/** Every duty convention the parser reads, as the generator writes it. */
export const CONVENTIONS = [
  'labelled', 'labelled-fullwidth', 'lead-support-clause', 'lead-collective', 'responsible-bracket',
  'responsible-clause', 'own-line', 'lead-mark', 'non-duty-fields', 'section-lead', 'table-task-first',
  'table-lead-first', 'table-no-lead', 'paragraph-task', 'no-annotation',
] as const;
export type ConventionId = (typeof CONVENTIONS)[number];

export const LAYOUTS = ['lines', 'oneline', 'md'] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface TruthTarget {
  indicator: string;
  value: number;
  unit: string;
  year: number | null;
}

export interface TruthTask {
  title: string;
  /** Outline path, when known (the seed's golden table); generated tasks are matched by title. */
  path?: string;
  lead: string[];
  support: string[];
  responsible: string[];
  entities: Partial<Record<EntityLabel, string[]>>;
  targets: TruthTarget[];
  conventions: ConventionId[];
  /** How its units were written (canonical, full, abbr, named, local). */
  forms: SurfaceForm[];
  noise: NoiseEvent[];
}

export interface TruthDocument {
  file: string;
  title: string;
  jurisdiction: string;
  layout: Layout;
  tasks: TruthTask[];
}

export interface CorpusTruth {
  format: typeof TRUTH_FORMAT;
  seed: number;
  docs: number;
  noise: number;
  documents: TruthDocument[];
}
