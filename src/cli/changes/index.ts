/**
 * `npm run changes -- <ref>`: compares the content now with the content at a git ref and says what
 * changed, in Markdown, for a pull request's description.
 */
import { loadContent } from '../../loader/load-content.ts';
import { errorsIn, formatProblem, sortProblems } from '../../loader/problems.ts';
import type { Content } from '../../loader/model.ts';
import { contentAtRef } from './content-at-ref.ts';
import { diffContent, type RateLatest } from './diff.ts';
import { changesToMarkdown } from './markdown.ts';
import { rateLatest as scorecardRating } from './ratings.ts';

export { contentAtRef, GitRefError } from './content-at-ref.ts';
export { diffContent } from './diff.ts';
export type { ContentChanges, LatestRating, RateLatest } from './diff.ts';
export { changesToMarkdown } from './markdown.ts';

export class ChangesError extends Error {}

function load(dir: string, what: string): Content {
  const { content, problems } = loadContent(dir);
  if (content) return content;
  const errors = sortProblems(errorsIn(problems)).map(formatProblem);
  throw new ChangesError(`${what} does not pass the content check, so it cannot be compared:\n${errors.join('\n')}`);
}

/** The Markdown summary of what changed in `contentDir` since `ref`. */
export function summariseChanges(contentDir: string, ref: string, rateLatest: RateLatest = scorecardRating): string {
  const after = load(contentDir, 'The content now');
  const old = contentAtRef(contentDir, ref);
  try {
    if (old.files === 0)
      throw new ChangesError(`there was no content folder at "${ref}", so there is nothing to compare with`);
    const before = load(old.dir, `The content at "${ref}"`);
    return changesToMarkdown(diffContent(before, after, rateLatest), ref, before, after);
  } finally {
    old.dispose();
  }
}
