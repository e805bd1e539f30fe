// How every face names a document to a reader of Chinese: its title, or — when the copy has no title and its file name
// stood in (jinhua-xian-lantian-2018) — a name made of what the document says about itself: place, year and the plan it
// carries out (2018年蓝天保卫战实施计划), marked as made up, with the file it came from.
import type { GraphNode } from '../model.ts';
import type { DocumentMetadata } from './document-meta.ts';

/** What naming needs of a document: the Document node's properties and the API's summary both have these. */
export interface Nameable {
  title: string;
  source: string;
  jurisdiction: string | null;
  /** The level as a string: a store's node property is not checked against DOCUMENT_LEVELS. */
  metadata: Pick<DocumentMetadata, 'kind' | 'period' | 'date' | 'implements'> & { level: string | null };
}

export interface DocumentName {
  name: string;
  /** title: the document's own; metadata: made from its metadata (no title in the copy); file: its file name, nothing better known. */
  from: 'title' | 'metadata' | 'file';
  /** Where a name not the document's own comes from, to show beside it; null for a title. */
  note: string | null;
}

/** The file name without its folders and extension: what a title-less copy is called at ingest. */
export function fileTitle(source: string): string {
  const name = source.split(/[\\/]/u).pop() ?? source;
  return name.replace(/\.[^.]+$/u, '') || name || source;
}

/** A jurisdiction that names no place: the reader found none (未知) or only the level its units carry (市). */
const NO_PLACE = /^(?:未知|省|市|县|区|乡镇)$/u;
/** A plan's title, as a plan carried out is named (金华市蓝天保卫战2018年实施计划), not a law or a report. */
const PLAN_TITLE = /(?:方案|计划|规划|意见|要点|纲要)$/u;
/** The places heading a plan's title, each a name of two or three characters and its level word: 金华市, 浙江省杭州市. */
const LEADING_PLACE = /^(?:\p{Script=Han}{2,3}?(?:自治区|省|市|州|县|区))+(?=\p{Script=Han}{2})/u;
const YEAR = /((?:19|20)\d{2})\s*年/u;

function placeOf(doc: Nameable): string {
  if (doc.jurisdiction && !NO_PLACE.test(doc.jurisdiction)) return doc.jurisdiction;
  const level = doc.metadata.level ?? (doc.jurisdiction && doc.jurisdiction !== '未知' ? doc.jurisdiction : null);
  return level ? `某${level}` : '';
}

/** The plan carried out, without its place and year: 金华市蓝天保卫战2018年实施计划 → 蓝天保卫战实施计划, and its year. */
function carriedOut(implemented: string | null): { topic: string; year: string | null } | null {
  if (!implemented || !PLAN_TITLE.test(implemented)) return null;
  const topic = implemented.replace(LEADING_PLACE, '').replace(YEAR, '');
  return topic.length >= 4 ? { topic, year: YEAR.exec(implemented)?.[1] ?? null } : null;
}

export function documentName(doc: Nameable): DocumentName {
  const file = fileTitle(doc.source);
  if (doc.title !== file) return { name: doc.title, from: 'title', note: null };
  const m = doc.metadata;
  const parent = carriedOut(m.implements);
  const year = m.period?.slice(0, 4) ?? m.date?.slice(0, 4) ?? parent?.year ?? null;
  const what = parent?.topic ?? m.kind;
  const place = placeOf(doc);
  if (!what && !place && !year) return { name: file, from: 'file', note: `原文无标题，以文件名代称：${doc.source}` };
  const name = `${place}${year ? `${year}年` : ''}${what ?? '文件'}`;
  return { name, from: 'metadata', note: `原文无标题，据${parent ? '所落实文件' : '文件信息'}拟名；文件 ${doc.source}` };
}

/** A Document node's name: its properties are the summary's fields, the metadata among them. */
export function documentNodeName(n: GraphNode): DocumentName {
  const text = (key: string) => (typeof n.properties[key] === 'string' ? (n.properties[key] as string) : null);
  return documentName({
    title: n.name, source: text('source') ?? '', jurisdiction: text('jurisdiction'),
    metadata: { level: text('level'), kind: text('kind'), period: text('period'), date: text('date'), implements: text('implements') },
  });
}
