/**
 * SVG snapshots that a person can read and diff, after observablehq/plot's own snapshot tests: the
 * SVG is normalised (entities, numeric precision) and pretty-printed one element per line before it
 * is compared with the committed file. When it differs, the new drawing is written beside the
 * snapshot as `<name>-changed.svg`, to open in a browser next to the old one; it is removed again
 * once the snapshot matches.
 */
import { unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format } from 'prettier';
import { expect } from 'vitest';

/** Numbers with four decimals or more kept to three, as Plot's snapshots do: the drawing, not float noise. */
export async function normaliseSvg(svg: string): Promise<string> {
  const normal = svg.replace(/&nbsp;/g, '\xa0').replace(/\d+\.\d{4,}/g, (d) => String(+(+d).toFixed(3)));
  return format(normal, { parser: 'html', htmlWhitespaceSensitivity: 'ignore', printWidth: 120 });
}

/** `snapshot` is relative to the test file, such as `__snapshots__/trend-annual.svg`. */
export async function expectSvgSnapshot(svg: string, snapshot: string): Promise<void> {
  const testPath = expect.getState().testPath;
  if (!testPath) throw new Error('expectSvgSnapshot runs inside a test only.');
  const changed = path.join(path.dirname(testPath), snapshot.replace(/\.svg$/, '-changed.svg'));
  const actual = await normaliseSvg(svg);
  try {
    await expect(actual).toMatchFileSnapshot(snapshot);
  } catch (error) {
    await writeFile(changed, actual, 'utf8');
    throw error;
  }
  await unlink(changed).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
