/**
 * The guide's "Importing" section quotes the importer's messages and shows mapping files: each quoted
 * message is printed again by making the same import on a fixture council, and each YAML example
 * passes the schema it belongs to, so the guide cannot drift from what the tool does.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importMappingSchema } from '../../src/schemas/imports.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { COUNCIL, councilCopy, DFE, ROOT, run } from './helpers.ts';
import { actionPlanWorkbook, save, tracker } from './workbooks.ts';

const GUIDE = readFileSync(path.join(ROOT, 'docs/editors-guide.md'), 'utf8');
/** From its heading to the next section's, so another section's quoted messages are not taken for the importer's. */
const SECTION = GUIDE.slice(GUIDE.indexOf('## 10. Importing')).split(/\n(?=## )/)[0]!;
/** The fenced blocks of the section written in `language` ("" for plain text), without the fences. */
function blocks(language: string): string[] {
  const found: string[] = [];
  let open: { language: string; lines: string[] } | undefined;
  for (const line of SECTION.split('\n')) {
    if (!open && line.startsWith('```')) open = { language: line.slice(3), lines: [] };
    else if (open && line === '```') {
      if (open.language === language) found.push(open.lines.join('\n'));
      open = undefined;
    } else open?.lines.push(line);
  }
  return found;
}

function freshCouncil(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'import-guide-')), 'content');
  cpSync(COUNCIL, dir, { recursive: true });
  return dir;
}

describe('the guide’s Importing section', () => {
  it('quotes only messages the importer prints', async () => {
    const dir = freshCouncil();
    const comparators = ['--indicator', 'children-in-care-rate', '--column', 'rate_per_10000'];
    const filter = ['--filter', 'population_type=Children looked after'];
    const { workbook } = tracker(
      'Plan',
      ['Ref', 'Action', 'Lead', 'By when', 'RAG', 'Expected outcome'],
      [
        [
          '1.1',
          'Recruit more foster carers who live in the borough.',
          'Fostering Service Manager',
          'March 2026',
          'Red',
          'Near school.',
        ],
        ['1.3', 'Start a carers’ support group.', 'Fostering Service Manager', 'TBC', 'Green', 'Carers stay.'],
      ],
    );
    const outputs: string[] = [];
    for (const args of [
      ['actions', await actionPlanWorkbook(), '--objective', 'stable-homes', '--dry-run'],
      ['actions', path.join(ROOT, 'test/fixtures/import-actions/tracker.csv'), '--objective', 'education', '--dry-run'],
      ['actions', await save(workbook, 'bad-row.xlsx'), '--objective', 'stable-homes', '--sheet', 'Plan', '--dry-run'],
      ['comparators', path.join(DFE, 'cla-2024.csv'), ...comparators, '--dry-run'],
      ['comparators', path.join(DFE, 'cla-2024.csv'), ...comparators, ...filter],
      ['comparators', path.join(DFE, 'cla-2025.csv'), ...comparators, ...filter, '--dry-run'],
      ['comparators', path.join(DFE, 'cla-2025.csv'), ...comparators, ...filter, '--mapping', 'cla-2025', '--dry-run'],
    ]) {
      outputs.push((await run(args, dir)).output);
    }
    // A council with its own scale (Green, Amber, Red, Blue, Grey) refuses a status that is not on it.
    const purple = tracker(
      'Plan',
      ['Ref', 'Action', 'Lead', 'RAG'],
      [['4.01.01', 'Check every Personal Education Plan each term.', 'Virtual School Head', 'Purple']],
    ).workbook;
    const scaleArgs = ['--objective', 'education', '--sheet', 'Plan', '--dry-run'];
    outputs.push((await run(['actions', await save(purple, 'purple.xlsx'), ...scaleArgs], councilCopy(true))).output);
    const quoted = blocks('');
    expect(quoted.length).toBeGreaterThanOrEqual(6);
    for (const message of quoted)
      expect(
        outputs.some((o) => o.includes(message)),
        message,
      ).toBe(true);
  });

  it('shows mapping files and site codes the check accepts', () => {
    const yaml = blocks('yaml').map((text) => parse(text) as Record<string, unknown>);
    const mappings = yaml.filter((data) => 'kind' in data);
    expect(mappings.map((m) => importMappingSchema.safeParse(m).success)).toEqual([true, true]);
    const site = yaml.find((data) => 'codes' in data)!;
    const council = parse(readFileSync(path.join(COUNCIL, 'site.yaml'), 'utf8')) as Record<string, unknown>;
    expect(siteSchema.safeParse({ ...council, ...site }).success).toBe(true);
  });

  it('is listed in the contents', () => {
    expect(GUIDE).toContain('10. [Importing](#10-importing)');
  });
});
