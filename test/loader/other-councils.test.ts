/**
 * Text that still names another council (issue 12): a warning where it is written, saying how to
 * fix it, for prose in YAML fields and in MDX bodies; councils named on purpose are listed under
 * `other_councils:` in site.yaml and are then not warned about; the council's own name in any form
 * never is. Fixtures in test/fixtures/other-councils/ (overlays on the minimal council), messages
 * pinned, and look-alikes that must not warn. The example council and `npm run init`'s scaffold
 * are held to it by their own tests, which pin every warning they have.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyCouncil, removeCopy, setUpdateText, warningLines } from '../support/fixture-council.ts';
import { FIXTURES } from '../support/paths.ts';

const HERE = path.join(FIXTURES, 'other-councils');
const councilWarnings = (dir: string): string[] =>
  warningLines(dir).filter((line) => line.includes('names another council'));

function withOverlays(...names: string[]): string[] {
  const dir = copyCouncil({
    overlay: path.join(HERE, names[0]!),
    prepare: (content) => {
      for (const name of names.slice(1)) cpSync(path.join(HERE, name), content, { recursive: true });
    },
  });
  try {
    return councilWarnings(dir);
  } finally {
    removeCopy(dir);
  }
}

/** The warnings for a progress update saying `text` in the minimal council (Testford Council). */
function updateSaying(text: string): string[] {
  const dir = copyCouncil({ prepare: (content) => setUpdateText(content, text) });
  try {
    return councilWarnings(dir);
  } finally {
    removeCopy(dir);
  }
}

describe('another council named in the content', () => {
  it('is warned about where it is written, in a field and in a page, with how to fix it', () => {
    expect(withOverlays('named')).toMatchInlineSnapshot(`
      [
        "content/actions/stable-homes.yaml:7:41  warning: "partners" names another council, "Kent County Council": if it is meant (a partner, a statistical neighbour), add "Kent County Council" to other_councils in content/site.yaml; if the text came from another council's plan, write Testford Council's own words instead",
        "content/actions/stable-homes.yaml:13:15  warning: this progress update names another council, "Leeds City Council": if it is meant (a partner, a statistical neighbour), add "Leeds City Council" to other_councils in content/site.yaml; if the text came from another council's plan, write Testford Council's own words instead",
        "content/strategy.mdx:11:60  warning: the page names another council, "London Borough of Hackney": if it is meant (a partner, a statistical neighbour), add "London Borough of Hackney" to other_councils in content/site.yaml; if the text came from another council's plan, write Testford Council's own words instead",
        "content/strategy.mdx:12:1  warning: the page names another council, "Wirral Metropolitan Borough Council": if it is meant (a partner, a statistical neighbour), add "Wirral Metropolitan Borough Council" to other_councils in content/site.yaml; if the text came from another council's plan, write Testford Council's own words instead",
        "content/strategy.mdx:14:3  warning: the page names another council, "Stockport Council": if it is meant (a partner, a statistical neighbour), add "Stockport Council" to other_councils in content/site.yaml; if the text came from another council's plan, write Testford Council's own words instead",
      ]
    `);
  });

  it('is not warned about when site.yaml lists it under other_councils', () => {
    expect(withOverlays('named', 'listed')).toMatchInlineSnapshot(`
      [
        "content/actions/stable-homes.yaml:13:15  warning: this progress update names another council, "Leeds City Council": if it is meant (a partner, a statistical neighbour), add "Leeds City Council" to other_councils in content/site.yaml; if the text came from another council's plan, write Testford Council's own words instead",
        "content/strategy.mdx:12:1  warning: the page names another council, "Wirral Metropolitan Borough Council": if it is meant (a partner, a statistical neighbour), add "Wirral Metropolitan Borough Council" to other_councils in content/site.yaml; if the text came from another council's plan, write Testford Council's own words instead",
        "content/strategy.mdx:14:3  warning: the page names another council, "Stockport Council": if it is meant (a partner, a statistical neighbour), add "Stockport Council" to other_councils in content/site.yaml; if the text came from another council's plan, write Testford Council's own words instead",
      ]
    `);
  });

  it.each([
    'Kent County Council',
    'Leeds City Council',
    'the London Borough of Barnet',
    'Royal Borough of Kensington and Chelsea',
    'Wirral Metropolitan Borough Council',
    'Rhondda Cynon Taf County Borough Council',
    'City of Edinburgh Council',
    'Stockton-on-Tees Borough Council',
    'Brighton and Hove City Council',
    'Cornwall Council',
    'Northshire District Council',
  ])('names another council: %s', (name) => {
    expect(updateSaying(`We met ${name} about fostering.`)).toHaveLength(1);
  });
});

describe('look-alikes', () => {
  it.each([
    'Testford Council',
    'Testford Borough Council',
    'the London Borough of Testford',
    'Testford',
    'the Children in Care Council',
    'Full Council',
    'the County Council',
    'the City Council',
    'Youth Council',
    'Council Tax',
    'County Hall',
    'the Borough Council',
    'Kent Police',
    'Leeds Beckett University',
    'Sheffield Children’s Hospital',
    'Borough Market',
    'Kent County Cricket Club',
    'the Care Leavers’ Council',
    'our council',
  ])('does not name another council: %s', (name) => {
    expect(updateSaying(`We met ${name} about fostering.`)).toEqual([]);
  });
});
