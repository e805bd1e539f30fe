// XML text for any string: markup characters escaped, and characters XML 1.0 cannot carry at all (controls,
// lone surrogates, U+FFFE/U+FFFF) dropped, so a hostile name never makes an export unparseable. Browser-safe.

// Everything outside XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(/[<>&"']/g, (c) => ENTITIES[c]);
}
