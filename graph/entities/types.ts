// Public shapes of the entity and target extractors: mentions are spans of the text passed in.
import type { EntityLabel } from '../model.ts';

export interface EntityMention {
  label: EntityLabel;
  /** Canonical name; always a substring of text.slice(start, end). */
  name: string;
  /** PlaceKind for places; a coarse category (rail, works, park, …) for projects. */
  kind?: string;
  start: number;
  end: number;
}

export interface TargetMention {
  indicator: string;
  value: number;
  unit: string;
  year?: number;
  start: number;
  end: number;
  text: string;
}

export interface Span {
  start: number;
  end: number;
}
