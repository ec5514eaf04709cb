/**
 * A file's name (without its extension) becomes part of the site: a meeting's anchor, link and
 * calendar UID, a young-person page's address. So it is held to what an address can carry safely:
 * lower-case letters, digits and single hyphens, and short enough for any file system. A space, "#",
 * "?" or a new line in a name would otherwise reach links, ids and meetings.ics as they are.
 */
import { MAX_ID_LENGTH } from '../schemas/common.ts';

/** A meeting is named after its date and body: 10 characters, a hyphen and an id. */
export const MAX_FILE_NAME_LENGTH = MAX_ID_LENGTH + 20;

const SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What is wrong with `name` as an address, or undefined when it is fine. */
export function fileNameProblem(name: string, extension: string, example: string): string | undefined {
  if (SAFE.test(name) && name.length <= MAX_FILE_NAME_LENGTH) return undefined;
  const shown = JSON.stringify(name).slice(1, -1);
  if (name.length > MAX_FILE_NAME_LENGTH) {
    return `the file name is ${name.length} characters long; it becomes part of the page's address, so keep it to ${MAX_FILE_NAME_LENGTH}: rename the file`;
  }
  return `the file name "${shown}" becomes part of the page's address, so it can hold only lower-case letters, digits and single hyphens: rename the file, for example to ${example}.${extension}`;
}
