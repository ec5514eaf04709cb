/** Parses a built page into a DOM (linkedom, as the charts use) for checks that read elements. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

export function readDocument(file: string): Document {
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}
