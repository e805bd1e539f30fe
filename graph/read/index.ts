// The document readers: files and uploads in, decoded text with title and checksum out.
export { readDocumentFile, readDocumentBuffer, MAX_DOCUMENT_BYTES } from './document.ts';
export type { RawDocument, DocumentFormat } from './document.ts';
export { collectDocumentPaths } from './collect.ts';
export { decodeText } from './decode.ts';
export { titleOf } from './title.ts';
export { originalScript } from './script.ts';
export { MAX_DOCX_XML_BYTES } from './zip.ts';
