/** The checks `npm run verify` makes by reading the built files, without a browser. */
import { BuiltPages } from './built-pages.ts';
import { checkBudgets } from './budgets.ts';
import type { CheckResult } from './check.ts';
import { checkContentSecurity } from './content-security.ts';
import { checkHtmlValidity } from './html-validity.ts';
import { checkLinks } from './links.ts';
import { checkSmallNumbers } from './small-numbers.ts';

export async function staticChecks(site: string, contentDir: string): Promise<CheckResult[]> {
  const built = new BuiltPages(site);
  if (built.pages.length === 0) {
    return [
      {
        name: 'A built site',
        checked: site,
        problems: [`there are no HTML pages in ${site}: run npm run build first`],
      },
    ];
  }
  return [
    await checkHtmlValidity(built),
    checkLinks(built),
    checkContentSecurity(built),
    checkBudgets(built),
    checkSmallNumbers(built, contentDir),
  ];
}
