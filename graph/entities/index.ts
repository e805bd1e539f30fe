// Entity and target extraction for plan text: places, industries, corridors, projects, numeric targets.
export type { EntityMention } from './types.ts';
export { extractEntities, extractPlaces } from './extract.ts';
export { extractTargets } from './targets.ts';
export { splitClauses, splitSentences } from './sentences.ts';
export { touchedPlaces } from './touches.ts';
