// Plans beyond the documented examples, for A/B runs of the query language (plans-ab.ts): every step kind, filter and
// return, over names, documents, years and sections read from the served graph, including one plan that is too large.
type Post = (path: string, body: unknown) => Promise<unknown>;
type Items = { result: { items: Array<{ id: string; name: string; facts: Record<string, string | number | null> }> } } | null;

const pick = <T>(list: T[], n: number): T[] => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / n)) === 0).slice(0, n);

async function names(post: Post, labels: string[], what: string, limit: number): Promise<Items> {
  return (await post('/api/query', { steps: [{ op: 'find', by: 'label', labels }, { op: 'return', what, limit }] })) as Items;
}

/** The variants: about 20 shapes, each over a few names of the graph. */
export async function variantPlans(post: Post, perShape = 4): Promise<unknown[]> {
  const docs = (await names(post, ['Document'], 'documents', 500))?.result.items ?? [];
  const units = pick((await names(post, ['Unit'], 'units', 500))?.result.items ?? [], perShape * 2);
  const places = pick((await names(post, ['Place'], 'entities', 500))?.result.items ?? [], perShape);
  const docIds = pick(docs.map((d) => d.id), perShape);
  const juris = [...new Set(docs.map((d) => d.facts.jurisdiction).filter((j): j is string => typeof j === 'string'))].slice(0, perShape);
  const duty = (direction: string, extra: object = {}) => ({ op: 'follow', rel: 'DUTY', direction, ...extra });
  const byName = (n: string, labels: string[]) => ({ op: 'find', by: 'name', names: [n], labels });
  const out: unknown[] = [];
  for (let i = 0; i < perShape; i++) {
    const [u, v] = [units[(2 * i) % units.length]?.name ?? '', units[(2 * i + 1) % units.length]?.name ?? ''];
    const p = places[i % places.length]?.name ?? '';
    const d = docIds[i % docIds.length] ?? '';
    const j = juris[i % juris.length] ?? '';
    out.push(
      { steps: [{ op: 'find', by: 'name', names: [u.slice(1, 3)], labels: ['Unit'], match: 'contains' }, duty('out'), { op: 'filter', docIds: [d] }, { op: 'return', what: 'tasks' }] },
      { steps: [{ op: 'find', by: 'name', names: [`${u}的任务`], labels: ['Unit'], match: 'fuzzy' }, { op: 'return', what: 'units' }] },
      { steps: [{ op: 'find', by: 'document', jurisdiction: j }, { op: 'follow', rel: 'PART_OF', direction: 'in', depth: 2, labels: ['Task'] }, { op: 'return', what: 'tasks', limit: 20 }] },
      { steps: [{ op: 'find', by: 'document', ids: [d] }, { op: 'follow', rel: 'PART_OF', direction: 'in', depth: 4 }, { op: 'group', by: 'label' }] },
      { steps: [{ op: 'find', by: 'label', labels: ['Task'] }, { op: 'filter', docIds: [d] }, { op: 'filter', lacks: { rel: 'DUTY', direction: 'in', roles: ['lead'] } }, { op: 'count' }] },
      { steps: [{ op: 'find', by: 'label', labels: ['Task'] }, { op: 'filter', docIds: [d], has: { rel: 'MENTIONS', direction: 'out', labels: ['Place'] } }, { op: 'return', what: 'entities' }] },
      { steps: [{ op: 'find', by: 'label', labels: ['Unit'] }, { op: 'filter', jurisdiction: j }, { op: 'rank', by: { rel: 'DUTY', direction: 'out', roles: ['lead'] }, order: 'asc', limit: 10 }] },
      { steps: [{ op: 'find', by: 'label', labels: ['Target'] }, { op: 'filter', year: 2023 + i }, { op: 'return', what: 'targets', limit: 100 }] },
      { steps: [{ op: 'find', by: 'label', labels: ['Task', 'Section'] }, { op: 'filter', level: (['区', '县', '市', '省'] as const)[i % 4], section: '二' }, { op: 'count' }] },
      { steps: [{ op: 'find', by: 'label', labels: ['Place', 'Industry'] }, { op: 'group', by: 'document' }] },
      { steps: [byName(p, ['Place']), { op: 'follow', rel: 'TOUCHES', direction: 'in' }, { op: 'follow', rel: 'MENTIONS', direction: 'in', labels: ['Task'] }, { op: 'return', what: 'units' }] },
      { steps: [{ op: 'find', by: 'section', path: '二', docId: d }, { op: 'follow', rel: 'PART_OF', direction: 'in', depth: 2 }, { op: 'return', what: i % 2 ? 'sections' : 'tasks' }] },
      { steps: [{ op: 'find', by: 'section', number: ['(一)', '(二)', '(三)', '(四)'][i % 4] }, { op: 'follow', rel: 'PART_OF', direction: 'in', labels: ['Task'] }, { op: 'return', what: 'tasks', limit: 500 }] },
      { steps: [byName(u, ['Unit']), duty('out'), { op: 'as', name: 'a' }, byName(v, ['Unit']), duty('out'), { op: 'combine', how: (['union', 'intersect', 'minus'] as const)[i % 3], with: 'a' }, { op: 'return', what: 'tasks', limit: 500 }] },
      { steps: [byName(p, ['Place']), { op: 'follow', rel: 'MENTIONS', direction: 'in' }, { op: 'as', name: 't' }, { op: 'find', by: 'label', labels: ['Unit'] }, { op: 'rank', by: { rel: 'DUTY', direction: 'out', in: 't' }, limit: 10 }] },
      { steps: [byName(p, ['Place']), { op: 'follow', rel: 'MENTIONS', direction: 'in' }, duty('in'), { op: 'rank', limit: 10 }] },
      { steps: [byName(u, ['Unit']), duty('both', { depth: 2 }), { op: 'return', what: 'items', limit: 100 }] },
      { steps: [byName(u, ['Unit']), duty('out'), { op: 'as', name: 'x' }, { op: 'find', by: 'label', labels: ['Unit'] }, { op: 'filter', has: { rel: 'DUTY', direction: 'out', in: 'x' } }, { op: 'use', name: 'x' }, { op: 'return', what: 'targets' }] },
      { steps: [{ op: 'find', by: 'label', labels: ['Unit'] }, { op: 'return', what: 'units', limit: 500 }] },
      { steps: [{ op: 'find', by: 'text', text: ['防洪', '产业', '道路', '乡村振兴'][i % 4], limit: 20, ...(i % 2 ? { labels: ['Section'] } : {}) }, { op: 'return', what: 'tasks' }] },
      { steps: [{ op: 'find', by: 'label', labels: ['Task', 'Target', 'Place', 'Project'] }, { op: 'filter', name: '公里' }, { op: 'count' }] },
      { steps: [{ op: 'find', by: 'label', labels: ['Target'] }, { op: 'filter', name: ['率', '亿元', '万', '%'][i % 4] }, { op: 'as', name: 'g' }, { op: 'compare', sets: ['g', 'g'] }] },
    );
  }
  return out;
}
