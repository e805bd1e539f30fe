// An excerpt cut short (a stored copy keeps a page's first characters): its last item lost its annotation,
// not its being a task.

/** The text stops mid-sentence: in a word, after a list comma, or inside an opened bracket. */
const MID_SENTENCE_RE = /[\u4e00-\u9fff、,，:：(（〔[]\s*$/;

/** A quotation opened on the last line and never closed (关于“加大力度落实‘米袋子’): the text stops inside it. */
function endsInQuote(text: string): boolean {
  const trimmed = text.trimEnd();
  const line = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  return (line.match(/“/g)?.length ?? 0) > (line.match(/”/g)?.length ?? 0);
}

export function endsMidSentence(text: string): boolean {
  return MID_SENTENCE_RE.test(text) || endsInQuote(text);
}
