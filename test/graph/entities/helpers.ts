// Small views over extractor output for readable assertions.
import type { EntityLabel } from '../../../graph/model.ts';
import { extractEntities } from '../../../graph/entities/index.ts';

export function names(text: string, label?: EntityLabel): string[] {
  return extractEntities(text).filter((m) => !label || m.label === label).map((m) => m.name);
}

export function kindOf(text: string, name: string): string | undefined {
  return extractEntities(text).find((m) => m.label === 'Place' && m.name === name)?.kind;
}
