// What cross-level questions read: every aligned pair of plans and every yearly comparison, built once per store version.
import type { DocumentLevel } from '../../../graph/metadata/document-meta.ts';
import type { Comparison, PairAlignment } from '../../../graph/align/schemas.ts';
import type { GraphStore } from '../../../graph/store/graph-store.ts';
import { storeAlignment } from '../../alignment.ts';
import { StoreCache } from '../../store-cache.ts';

export interface PlanInfo {
  id: string;
  title: string;
  jurisdiction: string | null;
  level: DocumentLevel | null;
  /** 2023-2025, or the date's year: orders two plans of one jurisdiction. */
  period: string;
}

/** Two plans of one jurisdiction, older first, and what changed between them. */
export interface Version {
  before: PlanInfo;
  after: PlanInfo;
  comparison: Comparison;
}

export interface AlignmentData {
  plans: Map<string, PlanInfo>;
  pairs: PairAlignment[];
  versions: Version[];
}

/** Words only a cross-document question uses; other questions never pay for alignment. */
export const ASKS_ALIGNMENT = /落实|对应|上级|下级|省里|市里|区里|省级|市级|区级|县级|新增|新加|删掉|删除|去掉|取消|比去年|今年|去年|新方案|提高|调高|更高|降低|变多|变少|自己|依据|改了说法|多了|少了|没有?的/u;

const knownPlace = (j: string | null) => (j && j.length > 1 && j !== '未知' ? j : null);

async function build(store: GraphStore): Promise<AlignmentData> {
  const aligned = await storeAlignment(store);
  const plans = new Map<string, PlanInfo>();
  for (const d of await store.listDocuments()) {
    plans.set(d.id, {
      id: d.id, title: d.title, jurisdiction: knownPlace(d.jurisdiction), level: d.metadata?.level ?? null,
      period: d.metadata?.period ?? d.metadata?.date ?? '',
    });
  }
  const byPlace = new Map<string, PlanInfo[]>();
  for (const p of plans.values()) if (p.jurisdiction) byPlace.set(p.jurisdiction, [...(byPlace.get(p.jurisdiction) ?? []), p]);
  const versions: Version[] = [];
  for (const list of byPlace.values()) {
    // Consecutive plans of one place by period: each year's plan against the one before it.
    const sorted = list.filter((p) => p.period).sort((a, b) => a.period.localeCompare(b.period));
    for (let i = 1; i < sorted.length; i++) {
      versions.push({ before: sorted[i - 1], after: sorted[i], comparison: aligned.compare(sorted[i - 1].id, sorted[i].id) });
    }
  }
  return { plans, pairs: aligned.pairs, versions };
}

const cache = new StoreCache(build);

/** Alignment and comparisons of the store's plans, rebuilt only when its documents change (StoreCache fingerprint). */
export function alignmentFor(store: GraphStore, fingerprint?: string): Promise<AlignmentData> {
  return cache.get(store, fingerprint);
}
