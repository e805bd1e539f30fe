// What every normalise stage takes and gives: the text so far and, per character of it, the offset in the original text.
export interface TextWork { text: string; map: Int32Array }
