/**
 * What the editor reads when the build itself fails after the content passed the check. File-system
 * errors are the ones content can cause (an address longer than the file system allows, a name it
 * cannot hold), so they are said in words, naming the page, instead of as Node's error code.
 */
import path from 'node:path';

export function buildFailureMessage(error: unknown, outDir: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const file = (error as NodeJS.ErrnoException | undefined)?.path;
  const page = file ? pageOf(file, outDir) : undefined;
  if (code === 'ENAMETOOLONG')
    return `A page's address is too long for the file system to store${page ? ` (${shorten(page)})` : ''}. Addresses are made from ids and file names in content/: shorten the longest one in this address.`;
  if (code === 'EILSEQ' || code === 'EINVAL')
    return `A page's address holds characters the file system cannot store${page ? ` (${shorten(page)})` : ''}. Addresses are made from ids and file names in content/: use only lower-case letters, digits and hyphens in them.`;
  if (code === 'ENOSPC') return 'The disk is full, so the site could not be written. Free some space and build again.';
  return error instanceof Error ? error.message : String(error);
}

/** The page's address inside the site being built, or the path as it is when outside it. */
function pageOf(file: string, outDir: string): string {
  const relative = path.relative(outDir, file);
  // The build writes into its own folder (.dist-partial-…): name the page as it will be published.
  return relative.startsWith('..') ? file : `/${relative.split(path.sep).join('/')}`;
}

const shorten = (text: string): string => (text.length > 120 ? `${text.slice(0, 60)}…${text.slice(-40)}` : text);
