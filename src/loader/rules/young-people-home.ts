/**
 * The young-person edition's home page (/young-people/) is made from the one page with kind: home.
 * Without it the build cannot make /young-people/ at all, so the check refuses the content first and
 * says how to start the page.
 */
import type { ContentRule } from '../types.ts';

export const youngPeopleHome: ContentRule = {
  id: 'young-people-home',
  needs: ['youngPeople'],
  run(files) {
    if (files.youngPeople.some((f) => f.data?.kind === 'home')) return [];
    const root = files.site[0]?.source.file.split('/')[0] ?? 'content';
    return [
      {
        file: `${root}/young-people/index.mdx`,
        line: 1,
        col: 1,
        severity: 'error',
        message:
          'the young-person edition has no home page, and the site cannot be built without one: start it with npm run new -- young-person home (a page with kind: home)',
      },
    ];
  },
};
