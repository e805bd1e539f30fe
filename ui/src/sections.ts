// Section paths (二/(三)/1) as the titles a reader knows ("二、… / （三）…"), from each document's outline, fetched once.
import { api } from './api.ts';

const OUTLINE_LIMIT = 500;
const outlines = new Map<string, Promise<Map<string, string>>>();
const ready = new Map<string, Map<string, string>>();

function load(docId: string): Promise<Map<string, string>> {
  let p = outlines.get(docId);
  if (!p) {
    p = api.query('neighborhood', { id: docId, depth: 3, limit: OUTLINE_LIMIT, labels: ['Document', 'Section'] }).then((sub) => {
      const titles = new Map<string, string>();
      for (const n of sub.nodes) {
        if (n.label === 'Section' && typeof n.properties.path === 'string') titles.set(n.properties.path, `${n.properties.number ?? ''}${n.name}`.trim());
      }
      ready.set(docId, titles);
      return titles;
    });
    p.catch(() => outlines.delete(docId));
    outlines.set(docId, p);
  }
  return p;
}

/** Fetch the outlines of these documents (before rendering lists that show section titles). */
export async function loadSections(docIds: Iterable<string>): Promise<void> {
  await Promise.all([...new Set(docIds)].map((id) => load(id).catch(() => null)));
}

/** The titles of the sections above `path` (the task itself excluded); the raw path when the outline is unknown. */
export function sectionTitle(docId: string, path: string, includeSelf = false): string {
  const titles = ready.get(docId);
  if (!titles) return path;
  const parts = path.split('/');
  const upTo = includeSelf ? parts.length : parts.length - 1;
  const out: string[] = [];
  for (let i = 1; i <= upTo; i++) {
    const title = titles.get(parts.slice(0, i).join('/'));
    if (title) out.push(title);
  }
  return out.join(' / ');
}

/** Forget cached outlines (after an upload or delete). */
export function forgetSections(): void {
  outlines.clear();
  ready.clear();
}
