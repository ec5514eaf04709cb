/** The young-person edition's menu: few links, so it fits a phone screen without a toggle. */
import type { YoungPeoplePage } from '../../content/model.ts';
import { generatedPath, YOUNG_PEOPLE_ROOT, youngPersonPath } from './addresses.ts';

export interface NavLink {
  href: string;
  label: string;
}

/** Home, the promises, how it is going, who can help, the words: each only if it exists. */
export function youngPeopleNavigation(pages: readonly YoungPeoplePage[]): NavLink[] {
  const first = (kind: YoungPeoplePage['data']['kind']): YoungPeoplePage | undefined =>
    pages.find((p) => p.data.kind === kind);
  const promises = first('promises');
  const help = first('help');
  return [
    { href: YOUNG_PEOPLE_ROOT, label: 'Start' },
    ...(promises ? [{ href: youngPersonPath(promises), label: 'Our promises' }] : []),
    { href: generatedPath('progress'), label: 'How are we doing?' },
    ...(help ? [{ href: youngPersonPath(help), label: 'Who can help' }] : []),
    { href: generatedPath('glossary'), label: 'Words we use' },
  ];
}

/** The MDX module key for a page: the loader's `file` is relative to the project, the glob's keys start with "/". */
export function moduleKey(page: Pick<YoungPeoplePage, 'file'>): string {
  return `/${page.file}`;
}
