/** The young-person edition's menu: few links, so it fits a phone screen without a toggle. */
import type { YoungPeoplePage } from '../../loader/model.ts';
import { generatedPath, YOUNG_PEOPLE_ROOT, youngPersonPath } from './addresses.ts';

export interface NavLink {
  href: string;
  label: string;
}

/**
 * Start, the promises, who can help, how it is going, the word list (the MDX ones only if they exist).
 * Short labels, in an order that fits two rows on a 375px-wide phone.
 */
export function youngPeopleNavigation(pages: readonly YoungPeoplePage[]): NavLink[] {
  const first = (kind: YoungPeoplePage['data']['kind']): YoungPeoplePage | undefined =>
    pages.find((p) => p.data.kind === kind);
  const promises = first('promises');
  const help = first('help');
  return [
    { href: YOUNG_PEOPLE_ROOT, label: 'Start' },
    ...(promises ? [{ href: youngPersonPath(promises), label: 'Promises' }] : []),
    ...(help ? [{ href: youngPersonPath(help), label: 'Who can help' }] : []),
    { href: generatedPath('progress'), label: 'How are we doing?' },
    { href: generatedPath('glossary'), label: 'Word list' },
  ];
}
