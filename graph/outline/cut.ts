// An excerpt cut short (a stored copy keeps a page's first characters): its last item lost its annotation,
// not its being a task.

/** The text stops mid-sentence: in a word, after a list comma, or inside an opened bracket. */
const MID_SENTENCE_RE = /[\u4e00-\u9fff、,，:：(（〔[]\s*$/;

export function endsMidSentence(text: string): boolean {
  return MID_SENTENCE_RE.test(text);
}
