// Lay a synthetic plan's blocks out as text: line-broken .txt, one-line .txt (like OCR output) or markdown.
import type { Layout } from './truth.ts';

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'part'; text: string }
  | { kind: 'section'; text: string }
  | { kind: 'para'; text: string }
  /** An item whose number is printed before its text (1. / L / 3 .). */
  | { kind: 'item'; number: string; text: string }
  /** Own-line labels: `牵头单位：X`. */
  | { kind: 'labels'; lines: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

function lineText(b: Block): string[] {
  switch (b.kind) {
    case 'item': return [`${b.number}${b.text}`];
    case 'labels': return b.lines;
    case 'table': return [...b.header, ...b.rows.flat()];
    default: return [b.text];
  }
}

/** One-line text keeps headings apart from what follows by their own full stop, as OCR'd plans do. */
function oneLine(blocks: Block[], fileLine: string | null): string {
  const out = blocks.map((b) => {
    if (b.kind === 'labels' || b.kind === 'table') throw new Error(`render: a ${b.kind} block needs line breaks. Use the lines or md layout.`);
    if (b.kind === 'section' && !/[。)）]$/.test(b.text)) return `${b.text}。`;
    return lineText(b).join('');
  });
  return `${fileLine ? `${fileLine}\n` : ''}${out.join('')}`;
}

function markdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'title': out.push(`# ${b.text}`, ''); break;
      case 'part': out.push(`## ${b.text}`, ''); break;
      case 'section': out.push(`### ${b.text}`, ''); break;
      case 'item': out.push(`${b.number}${b.number.endsWith('.') ? ' ' : ''}${b.text}`, ''); break;
      case 'labels': out.push(...b.lines.map((l) => `- ${l.replace(/^([^:：]+)([:：])/, '**$1**$2')}`), ''); break;
      case 'table':
        out.push(`| ${b.header.join(' | ')} |`, `|${b.header.map(() => ' --- ').join('|')}|`, ...b.rows.map((r) => `| ${r.join(' | ')} |`), '');
        break;
      default: out.push(b.text, '');
    }
  }
  return out.join('\n');
}

export function renderBlocks(blocks: Block[], layout: Layout, fileLine: string | null = null): string {
  if (layout === 'oneline') return oneLine(blocks, fileLine);
  if (layout === 'md') return markdown(blocks);
  return `${blocks.flatMap(lineText).join('\n')}\n`;
}
