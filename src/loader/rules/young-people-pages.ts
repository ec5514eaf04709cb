/**
 * The young-person edition's pages: no two at the same address (slug or file name), and no two for
 * the same objective. Whether every objective has its page is young-people-coverage.ts.
 */
import { ProblemList } from '../located.ts';
import type { SourceFile } from '../source-file.ts';
import type { ContentRule } from '../types.ts';

export const youngPeoplePages: ContentRule = {
  id: 'young-people-pages',
  needs: [],
  run(files) {
    const problems = new ProblemList();
    // Where each address was first given, located only for a message (a page from the parse cache
    // is parsed again for its positions).
    const addresses = new Map<string, { source: SourceFile; path: string[] }>();
    const pageFor = new Map<string, string>();
    for (const f of files.youngPeople) {
      const page = f.data;
      if (!page) continue;
      const path = page.slug ? ['slug'] : ['title'];
      const address = page.slug ?? f.id;
      const previous = addresses.get(address);
      if (previous !== undefined) {
        const { line, col } = previous.source.locate(previous.path);
        problems.at(
          f.source,
          path,
          `duplicate young-person page address "${address}": it is already used at ${previous.source.file}:${line}:${col}. Each young-person page address must be different`,
        );
      } else addresses.set(address, { source: f.source, path });
      if (!page.objective) continue;
      const other = pageFor.get(page.objective);
      if (other) {
        problems.at(f.source, ['objective'], `objective "${page.objective}" already has a young-person page: ${other}`);
      }
      pageFor.set(page.objective, f.source.file);
    }
    return problems.items;
  },
};
