// Terminal output helpers: a progress bar on stderr and plain aligned tables that handle CJK width.

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ''))));
  const line = (r: string[]) => r.map((c, i) => pad(c, widths[i])).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function progressBar(stream: NodeJS.WriteStream): (done: number, total: number, label: string) => void {
  return (done, total, label) => {
    if (!stream.isTTY) return;
    const size = 24;
    const filled = Math.round((done / Math.max(1, total)) * size);
    const name = label.length > 40 ? `…${label.slice(-39)}` : label;
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(size - filled)}] ${done}/${total} ${name}\x1b[K`);
    if (done === total) stream.write('\n');
  };
}
