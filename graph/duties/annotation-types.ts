// The shape of a duty annotation as read from the text: its role lists, non-duty fields and carried units.
import type { DutyRole } from './roles.ts';

export interface Span { text: string; start: number; end: number }

export type ListRole = DutyRole | 'supportOrResponsible' | 'responsibleOrSupport' | 'unknown';

export interface RoleList {
  role: ListRole;
  /** The label as printed (牵头单位, 钙单位 …) or the clause verb. */
  label: string;
  items: Span[];
}

export interface OtherField { field: string; value: string; start: number; end: number }

export interface Annotation {
  start: number;
  end: number;
  kind: 'paren' | 'orphan' | 'line';
  /** The annotation ran into body text or a page gap before it closed. */
  truncated: boolean;
  lists: RoleList[];
  others: OtherField[];
  /** Units a note inside the annotation carries to this item and every later one (下同, 以下…均需X落实). */
  carry?: Span[];
  /** How many items, counting back from the one it closes, the annotation covers (4项目标的责任单位均为X): 1 when absent. */
  covers?: number;
}
