// Every name an answer's `plan.op` can carry: the catalogue's queries and the reader's plans.
import { QUERY_NAMES } from '../../graph/catalogue/catalogue.ts';

/** Plans the reader composes over the graph (server/ask/reader), and `decline` for out-of-domain questions. */
export const READING_OPS = [
  'unitTasks', 'unitTasksMinus', 'compareUnits', 'unitsLacking', 'tasksLacking', 'taskUnitsExcept', 'unitsExcept', 'checkDuty',
  'chain', 'entityUnits', 'targets', 'documents', 'documentTasks', 'documentUnits', 'documentPlaces', 'documentsWith', 'taskUnits',
  'documentTargets', 'sectionChildren', 'sectionOf', 'section', 'readTask', 'search', 'decline',
  'implementationGaps', 'implementedTasks', 'orphanTasks', 'taskLinks', 'planChanges',
] as const;

export const PLAN_NAMES: readonly string[] = [...new Set<string>([...QUERY_NAMES, ...READING_OPS])];
