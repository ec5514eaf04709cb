/**
 * Young-person page addresses must not clash: with each other (an objective's page takes the
 * objective's id as its address, whatever the file is called) or with the two pages the site makes
 * itself, "how-are-we-doing" and "glossary".
 */
import type { LoadedFiles } from '../types.ts';
import { ProblemList } from '../located.ts';
import type { Problem } from '../problems.ts';
import { RESERVED_SLUGS, youngPersonSlug } from '../../lib/young-people/addresses.ts';

export function checkYoungPeopleAddresses(files: LoadedFiles): Problem[] {
  const problems = new ProblemList();
  /** Address → the page that has it, and the address it would have by slug or file name alone. */
  const seen = new Map<string, { file: string; plain: string; objective: boolean }>();
  for (const f of files.youngPeople) {
    if (!f.data) continue;
    const slug = youngPersonSlug({ id: f.id, data: f.data });
    if (slug === undefined) continue;
    const field = f.data.slug ? ['slug'] : f.data.kind === 'objective' ? ['objective'] : ['title'];
    if (f.data.kind === 'objective' && f.data.slug && f.data.slug !== slug) {
      problems.at(
        f.source,
        ['slug'],
        `an objective's young-person page always lives at /young-people/${slug}/: remove slug`,
      );
      continue;
    }
    if (RESERVED_SLUGS.has(slug)) {
      problems.at(
        f.source,
        field,
        `/young-people/${slug}/ is made by the site from the data: give this page another slug or file name`,
      );
      continue;
    }
    const plain = f.data.slug ?? f.id;
    const other = seen.get(slug);
    const objective = f.data.kind === 'objective';
    // Two pages with the same slug or file name, or for the same objective, are already reported
    // by the cross-reference check.
    if (other && other.plain !== plain && !(other.objective && objective)) {
      problems.at(
        f.source,
        field,
        `/young-people/${slug}/ is already the address of ${other.file}: give this page another slug`,
      );
    } else if (!other) {
      seen.set(slug, { file: f.source.file, plain, objective });
    }
  }
  return problems.items;
}
