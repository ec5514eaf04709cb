/**
 * The content layer's loader, driven with a stand-in for Astro's loader context (no `astro:content`):
 * what it stores for pages, how it fails a build, and how `npm run dev` sees edits.
 */
import { EventEmitter } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import * as devalue from 'devalue';
import { describe, expect, it, vi } from 'vitest';
import type { CouncilEntry } from '../../src/content-layer/council-entry.ts';
import { councilLoader } from '../../src/content-layer/council-loader.ts';
import { loadContent } from '../../src/loader/load-content.ts';
import { copyCouncil } from '../support/fixture-council.ts';
import { PROJECT_ROOT as ROOT } from '../support/paths.ts';
import { TEST_TODAY as TODAY } from '../support/test-date.ts';

const BUILD_DATE = '2026-11-22';

interface Stand {
  context: LoaderContext;
  stored: CouncilEntry[];
  logged: string[];
  watcher: EventEmitter & { add: (folder: string) => void; added: string[] };
}

/** The parts of Astro's loader context the loader uses; `dev` adds a file watcher as `astro dev` does. */
function stand({ dev }: { dev: boolean }): Stand {
  const stored: CouncilEntry[] = [];
  const logged: string[] = [];
  const watcher = Object.assign(new EventEmitter(), {
    added: [] as string[],
    add(folder: string) {
      watcher.added.push(folder);
    },
  });
  const context = {
    store: {
      set: ({ data }: { data: CouncilEntry }) => {
        // Astro's data store writes entries with devalue and pages read them back: do the same.
        stored.push(devalue.parse(devalue.stringify(data)) as CouncilEntry);
        return true;
      },
    },
    generateDigest: (data: unknown) => String(JSON.stringify(data).length),
    logger: {
      info: (line: string) => logged.push(line),
      warn: (line: string) => logged.push(line),
      error: (line: string) => logged.push(line),
    },
    watcher: dev ? watcher : undefined,
  } as unknown as LoaderContext;
  return { context, stored, logged, watcher };
}

const overlay = (name: string): string => copyCouncil({ overlay: path.join(ROOT, 'test/fixtures/bad', name) });

describe('the council loader in a build', () => {
  it('stores the whole validated content as one entry, unchanged by the data store', async () => {
    const dir = copyCouncil();
    const { context, stored } = stand({ dev: false });
    await councilLoader({ contentDir: dir, buildDate: BUILD_DATE }).load(context);
    expect(stored).toHaveLength(1);
    // Plain data only: devalue refuses class instances and functions, and keeps every value's type.
    expect(stored[0]).toStrictEqual({ content: loadContent(dir, { today: TODAY }).content });
  });

  it('fails the build with every problem at its file, line and column: a YAML error', async () => {
    const { context, stored } = stand({ dev: false });
    const load = councilLoader({ contentDir: overlay('yaml-syntax-error'), buildDate: BUILD_DATE }).load(context);
    await expect(load).rejects.toThrowErrorMatchingInlineSnapshot(`
      [ContentError: The content has 1 problem:
      content/roles.yaml:6:2  YAML syntax error: All sequence items must start at the same column (check the indentation, and put text that contains ": " or starts with a symbol in quotes)]
    `);
    expect(stored).toEqual([]);
  });

  it('fails the build with every problem at its file, line and column: a schema failure', async () => {
    const { context, stored } = stand({ dev: false });
    const load = councilLoader({ contentDir: overlay('wrong-type'), buildDate: BUILD_DATE }).load(context);
    await expect(load).rejects.toThrowErrorMatchingInlineSnapshot(`
      [ContentError: The content has 2 problems:
      content/objectives.yaml:2:11  "number" should be a number, not the text "one"
      content/objectives.yaml:6:21  "success_measures" should be a list (one item per line, each starting with "- "), not the text "Fewer moves."]
    `);
    expect(stored).toEqual([]);
  });
});

describe('the council loader under npm run dev', () => {
  it('reads each saved change again: new content, then the problems, then the fixed content', async () => {
    const dir = copyCouncil();
    const { context, stored, logged, watcher } = stand({ dev: true });
    await councilLoader({ contentDir: dir, buildDate: BUILD_DATE }).load(context);
    expect(watcher.added).toEqual([dir]);
    expect(stored).toHaveLength(1);

    const site = path.join(dir, 'site.yaml');
    const original = readFileSync(site, 'utf8');
    writeFileSync(site, original.replace('council: Testford Council', 'council: Testford Borough Council'));
    watcher.emit('change', site);
    await vi.waitFor(() => expect(stored).toHaveLength(2));
    expect(stored[1]).toMatchObject({ content: { site: { council: 'Testford Borough Council' } } });

    writeFileSync(site, original.replace('  from: 2025', '  from: [2025'));
    watcher.emit('change', site);
    await vi.waitFor(() => expect(stored).toHaveLength(3));
    expect(stored[2]).toMatchInlineSnapshot(`
      {
        "problems": [
          {
            "col": 9,
            "file": "content/site.yaml",
            "line": 5,
            "message": "YAML syntax error: a list started with "[" is not closed: end it with "]" on the same line",
            "severity": "error",
          },
        ],
      }
    `);
    expect(logged.at(-1)).toMatchInlineSnapshot(`
      "Reloaded after content/site.yaml changed: The content has 1 problem:
      content/site.yaml:5:9  YAML syntax error: a list started with "[" is not closed: end it with "]" on the same line"
    `);

    writeFileSync(site, original);
    watcher.emit('change', site);
    await vi.waitFor(() => expect(stored).toHaveLength(4));
    expect(stored[3]).toMatchObject({ content: { site: { council: 'Testford Council' } } });
  });

  it('ignores changes outside the content folder', async () => {
    const dir = copyCouncil();
    const { context, stored, watcher } = stand({ dev: true });
    await councilLoader({ contentDir: dir, buildDate: BUILD_DATE }).load(context);
    watcher.emit('change', path.join(ROOT, 'src/pages/index.astro'));
    watcher.emit('change', `${dir}-other/site.yaml`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stored).toHaveLength(1);
  });
});
