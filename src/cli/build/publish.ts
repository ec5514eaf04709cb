/**
 * Where a build is made and how it replaces the published site, so that `dist/` is always a
 * complete site, whenever a build is stopped (killed, out of memory, the machine switched off).
 *
 * `dist` is a symbolic link to a complete build in a folder beside it, `.dist-site-<id>`. A build is
 * made in `.dist-partial-<id>` (its own folder: two builds never write into one), renamed to
 * `.dist-site-<id>` once Astro and the search index have finished (a rename is atomic, so a folder
 * named `-site-` is always complete), then published by renaming a new link over `dist`: on a POSIX
 * file system that replaces the link in one step, so at every instant `dist` is either the old
 * site or the new one, never missing and never half of either. Only then is the old site deleted.
 *
 * Where each step can be stopped, and what is left:
 * - while building or indexing: `dist` untouched, a `-partial-` folder left over (deleted by the next build);
 * - after the rename to `-site-`: `dist` untouched, an unpublished complete site (deleted by the next build);
 * - after making the new link, before renaming it: `dist` untouched, a stray link (deleted by the next build);
 * - after the rename over `dist`: the new site is published; the old one is deleted by the next build.
 * Once, when `dist` is still an ordinary folder (made by an older version of this engine), it is
 * first moved aside as a `-site-` folder and linked: stopped between those two steps there is no
 * `dist` until the next build, which links the newest complete site before doing anything else.
 *
 * Hosts and tools read through the link (`cp -rL`, `rsync -a dist/`, upload actions that follow links).
 * The folders all start with `.<name>-`, which .gitignore covers for dist (`/.dist-*`).
 */
import { existsSync, lstatSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export interface BuildFolders {
  /** What is published: a link to the current site. */
  dist: string;
  /** Where this build is made. */
  partial: string;
  /** The same folder, once complete. */
  site: string;
}

const base = (dist: string): string => `.${path.basename(dist)}`;

/** A name unique to this build: the time and the process, which two builds never share. */
export function buildId(now: Date = new Date(), pid: number = process.pid): string {
  return `${now.toISOString().replace(/[-:.]/g, '').replace('T', '-')}-${pid}`;
}

export function buildFolders(dist: string, id: string = buildId()): BuildFolders {
  const dir = path.dirname(dist);
  return {
    dist,
    partial: path.join(dir, `${base(dist)}-partial-${id}`),
    site: path.join(dir, `${base(dist)}-site-${id}`),
  };
}

const isLink = (file: string): boolean => {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
};

/** The folder `dist` points at now (absolute), or undefined when it is missing or not a link. */
export function publishedSite(dist: string): string | undefined {
  if (!isLink(dist)) return undefined;
  return path.resolve(path.dirname(dist), readlinkSync(dist));
}

/** The leftovers of stopped builds and replaced sites beside `dist`, each by kind. */
function leftovers(dist: string): { name: string; kind: 'partial' | 'site' | 'link' }[] {
  const dir = path.dirname(dist);
  if (!existsSync(dir)) return [];
  const prefix = `${base(dist)}-`;
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix))
    .flatMap((name) => {
      const kind = name.slice(prefix.length).split('-')[0];
      return kind === 'partial' || kind === 'site' || kind === 'link' ? [{ name, kind }] : [];
    });
}

/**
 * Before a build: if a build was stopped while `dist` was being turned into a link, link the newest
 * complete site again; then delete what stopped builds left. Call it holding the build lock, so no
 * other build is writing beside `dist`.
 */
export function tidyBeforeBuild(dist: string): void {
  const dir = path.dirname(dist);
  if (!existsSync(dist) && !isLink(dist)) {
    const newest = leftovers(dist)
      .filter((l) => l.kind === 'site')
      .map((l) => l.name)
      .sort()
      .at(-1);
    if (newest) symlinkSync(newest, dist, 'dir');
  }
  const current = publishedSite(dist);
  for (const { name } of leftovers(dist)) {
    const full = path.join(dir, name);
    if (full !== current) rmSync(full, { recursive: true, force: true });
  }
}

/** The steps that publish a finished build, in order; each one is a single atomic change on disk. */
export function publishSteps(folders: BuildFolders): { name: string; run: () => void }[] {
  const { dist, partial, site } = folders;
  const dir = path.dirname(dist);
  const link = path.join(dir, path.basename(site).replace(/-site-/, '-link-'));
  let previous: string | undefined;
  return [
    { name: 'mark the build complete', run: () => renameSync(partial, site) },
    {
      name: 'move an ordinary dist/ folder aside (once, from an older engine)',
      run: () => {
        if (existsSync(dist) && !isLink(dist) && statSync(dist).isDirectory()) {
          const aside = path.join(dir, `${base(dist)}-site-0-previous`);
          rmSync(aside, { recursive: true, force: true });
          renameSync(dist, aside);
          symlinkSync(path.basename(aside), dist, 'dir');
        }
      },
    },
    {
      name: 'make the new link',
      run: () => {
        previous = publishedSite(dist);
        rmSync(link, { force: true });
        symlinkSync(path.basename(site), link, 'dir');
      },
    },
    { name: 'put it in place of dist', run: () => renameSync(link, dist) },
    {
      name: 'delete the site it replaced',
      run: () => {
        if (previous && previous !== site) rmSync(previous, { recursive: true, force: true });
      },
    },
  ];
}

export function publish(folders: BuildFolders): void {
  for (const step of publishSteps(folders)) step.run();
}
