// The document readers: files and uploads in, decoded text with title and checksum out.
export { readDocumentFile, readDocumentBuffer, MAX_DOCUMENT_BYTES } from './document.ts';
export type { RawDocument } from './document.ts';
export { collectDocumentPaths } from './collect.ts';
export { originalScript } from './script.ts';
export { MAX_DOCX_XML_BYTES } from './zip.ts';
