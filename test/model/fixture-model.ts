/** The site model of the model fixture council (test/fixtures/model/ over the minimal one), as of the test date. */
import path from 'node:path';
import { loadContent } from '../../src/loader/load-content.ts';
import type { Content } from '../../src/loader/model.ts';
import { buildSiteModel } from '../../src/model/build-site-model.ts';
import type { SiteModel } from '../../src/model/types.ts';
import { copyCouncil } from '../support/fixture-council.ts';
import { PROJECT_ROOT as ROOT } from '../support/paths.ts';
import { TEST_TODAY as TODAY } from '../support/test-date.ts';

export function fixtureContent(): Content {
  const { content, problems } = loadContent(copyCouncil({ overlay: path.join(ROOT, 'test/fixtures/model') }), {
    today: TODAY,
  });
  if (!content) throw new Error(problems.map((p) => p.message).join('\n'));
  return content;
}

export function fixtureModel(today: Date = TODAY): SiteModel {
  return buildSiteModel(fixtureContent(), today);
}
