// One collective written across a 、 list (各区、县级市; 哈尔滨、黑河、绥芬河市政府): the one joining rule every list reader uses.
import { continuesCollective, sharedGovernmentStart } from './surface.ts';

/**
 * Join the list items that one collective spans, left to right: a level collective the next item continues
 * (各县、市、区政府, 有关部门、单位), and bare places or zones before the last one's government or 管委会.
 * `merge` makes one item of a run; `adjacent` says two neighbours were written with 、 between them.
 */
export function joinCollectives<T>(items: readonly T[], nameOf: (item: T) => string, merge: (run: T[]) => T, adjacent: (prev: T, next: T) => boolean = () => true): T[] {
  const out: T[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    if (prev !== undefined && adjacent(prev, item) && continuesCollective(nameOf(prev), nameOf(item))) out[out.length - 1] = merge([prev, item]);
    else out.push(item);
    const from = sharedGovernmentStart((i) => nameOf(out[i]), out.length - 1);
    if (from < out.length - 1 && out.slice(from + 1).every((x, k) => adjacent(out[from + k], x))) out.push(merge(out.splice(from)));
  }
  return out;
}
