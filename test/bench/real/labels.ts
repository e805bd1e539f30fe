// The label schema of the real development set (test/fixtures/real/*/<id>.json), and its loader.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** dev is tuned on; holdout and fresh (found later, issue 9) are scored apart and not tuned on; fresh2 was labelled while fresh was being tuned on, to check that the tuning generalises; fresh3 was labelled while fresh2 was being tuned on, for the same check; fresh4 was labelled while fresh2 and fresh3 were being tuned on, for the same check; fresh5 was labelled while fresh4 was being tuned on, for the same check; fresh6 was labelled while fresh5 was being tuned on, for the same check; fresh7 was labelled while fresh6 was being tuned on, for the same check; fresh8 was labelled while the parser was being improved on the s8a/s8b dev documents, for the same check; fresh9 was labelled in the next round, from whole texts in public repositories, for the same check; fresh10 was labelled while the parser was being improved on the s9a/s9b dev documents, for the same check; fresh11 was labelled in the next round, while the parser was being improved again, from plans of 浙江, 江苏, 上海, 福建, 安徽, 山东, 江西 and national ministries, for the same check; fresh12 was labelled in the same round from plans of the provinces fresh11 leaves out, for the same check; fresh13 was labelled in the next round, while the parser was being improved again, from genres and shapes the earlier sets lack, for the same check; fresh14 was labelled in the round after, while the parser was being improved again, from genres, levels and sources the earlier sets lack, for the same check; fresh15 was labelled in the next round, while the parser was being improved again, mostly from law-database pages that begin mid-document, for the same check; fresh16 was labelled in the next round, while the parser was being improved again, from genres and wordings not searched before and preferring documents whose issuer is known, for the same check; fresh17 was labelled in the next round, while the parser was being improved again, from provinces and genres the earlier sets have least of, for the same check; fresh18 was labelled in the next round, while the parser was being improved again, searching public repositories first and then genres not used before, for the same check; fresh19 was labelled in the next round, while the parser was being improved again, from genres, provinces and levels not searched before, for the same check; fresh20 was labelled in the next round, while the parser was being improved again, searching public repositories first and then genres and query shapes not used before, for the same check; fresh21 was labelled in the next round, while the parser was being improved again, from provinces the sets hold least of (新疆 first) and the search tool's code corpus and annotation shapes not tried before, for the same check; fresh22 was labelled in the next round, while the parser was being improved again, from issuers, levels and duty shapes (prose roles, unit-headed paragraphs) fresh21 did not take, for the same check; fresh23 was labelled in the next round, while the parser was being improved again, from issuers neither fresh21 nor fresh22 took and shapes they hold least (牵头/配合 task tables, duty lists headed by unit, 职责分工 paragraphs), for the same check; fresh24 was labelled in the next round, while the parser was being improved again, from 街道/镇 issuers none of fresh21–23 took (prose roles, 职责分工 lines, articles 第X条), for the same check; fresh25 was labelled in the next round, while the parser was being improved again, from 上海 市-level bureaus' and 区-level issuers none of the sets holds (numbered measures, unnumbered headings, prose roles), for the same check; fresh26 was labelled at the end of that round, to check the round's tuning on fresh24/fresh25 carries over, from 上海 市 bureaus', 区 bureaus' and a 管委会's plans none of the sets holds (（责任部门：…） and (X牵头，Y配合) annotations, unit-headed duty items, articles, prose roles), for the same check; fresh27 was labelled in the next round, before anyone tuned on it, from 上海 市 and 区 issuers none of the sets holds (（牵头部门：X。配合部门：…） annotations, articles 第N条 with units in an article's stem, 职责分工 headed by unit, prose roles, a project list one cell a line), for the same check. fresh28 was labelled at the end of the next round, to check that round's tuning on fresh27 carries over, from 上海 市 bureaus' and 区/镇 issuers' plans none of the sets holds (annex duty lists headed by unit, 预案 sections, articles, prose roles), for the same check. fresh29 was labelled at the start of the next round, before anyone tuned on it, from 上海 市 and 区 issuers' plans none of the sets holds (articles whose stem names the unit over its items, unit-headed duty items and paragraphs, prose plans with no subject), for the same check. fresh30 was labelled at the end of the round that tuned on fresh29, held aside as the round's final check, from 上海 郊区 (浦东, 崇明, 松江 …) issuers' plans none of the sets holds (duties headed by unit in articles and lists, articles with a stem over items, prose roles), for the same check. fresh31 was labelled at the start of the next round, before anyone tuned on it, from 上海 市 and central-district issuers' plans none of the sets holds (prose roles of level-prefixed and collective bodies, notices whose own items carry the duties, work rules, prose plans naming no unit), for the same check. fresh32 was labelled at the end of the next round, held aside as that round's final check, from 上海 郊区 (嘉定, 奉贤 …) issuers' plans none of the sets holds, for the same check. fresh33 was labelled at the start of the next round, before anyone tuned on it, from 上海 市 and central-district issuers' plans none of the sets holds (annex duty tables one cell a line, prose summaries naming no unit), for the same check. fresh34 was labelled at the start of the same round, held aside as that round's final check, from 上海 郊区 issuers' plans none of the sets holds, for the same check. */
export const SETS = ['dev', 'holdout', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8', 'fresh9', 'fresh10', 'fresh11', 'fresh12', 'fresh13', 'fresh14', 'fresh15', 'fresh16', 'fresh17', 'fresh18', 'fresh19', 'fresh20', 'fresh21', 'fresh22', 'fresh23', 'fresh24', 'fresh25', 'fresh26', 'fresh27', 'fresh28', 'fresh29', 'fresh30', 'fresh31', 'fresh32', 'fresh33', 'fresh34'] as const;
export type SetName = (typeof SETS)[number];

/** A role the document names that is not a duty unit (责任领导, 联系人, 完成时限 …): kept so it is never counted as a unit. */
const OtherRole = z.object({ label: z.string().min(1), value: z.string().min(1) }).strict();

const LabelledTask = z.object({
  /** The item's number as printed (`3.`, `(二)`, `①`), or '' for an unnumbered paragraph task. */
  number: z.string(),
  /** A distinctive substring of the task's title or text, as written in the fixture. */
  key: z.string().min(4),
  lead: z.array(z.string().min(2)),
  support: z.array(z.string().min(2)),
  /** Units named without a lead (an undifferentiated 责任单位 list). */
  responsible: z.array(z.string().min(2)),
  other: z.array(OtherRole).default([]),
  note: z.string().optional(),
}).strict();

export const LabelFileSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Where the text was published: its URL, or for a copy kept in a public repository, which copy. */
  source: z.string().min(8),
  title: z.string().min(4),
  issuer: z.string().min(2),
  province: z.string().min(2),
  level: z.enum(['国家', '省', '市', '县', '区', '乡镇']),
  year: z.number().int().min(1990).max(2030),
  /** Whether the fixture holds the whole published text or only the part the stored copy keeps. */
  excerpt: z.boolean(),
  script: z.enum(['简体', '繁體']).default('简体'),
  conventions: z.string().min(4),
  tasks: z.array(LabelledTask).min(1),
}).strict();

export type LabelFile = z.infer<typeof LabelFileSchema>;
export type LabelledTask = z.infer<typeof LabelledTask>;

export interface Fixture { set: SetName; id: string; textFile: string; text: string; labels: LabelFile }

export const FIXTURE_ROOT = 'test/fixtures/real';

/** Every fixture of a set, each label file validated; a bad file throws with its path and what is wrong. */
export async function loadFixtures(root: string, set: SetName): Promise<Fixture[]> {
  const dir = join(root, FIXTURE_ROOT, set);
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  const fixtures: Fixture[] = [];
  for (const name of names) {
    const id = name.slice(0, -'.json'.length);
    const labelPath = join(dir, name);
    const parsed = LabelFileSchema.safeParse(JSON.parse(await readFile(labelPath, 'utf8')));
    if (!parsed.success) throw new Error(`${labelPath}: 标注文件不符合格式 (label file does not match the schema): ${z.prettifyError(parsed.error)}`);
    if (parsed.data.id !== id) throw new Error(`${labelPath}: id "${parsed.data.id}" 与文件名不符 (must equal the file name "${id}")`);
    const textFile = join(dir, `${id}.txt`);
    const text = await readFile(textFile, 'utf8').catch(() => {
      throw new Error(`${labelPath}: 缺少正文 ${textFile} (the fixture's text file is missing)`);
    });
    fixtures.push({ set, id, textFile, text, labels: parsed.data });
  }
  return fixtures;
}
