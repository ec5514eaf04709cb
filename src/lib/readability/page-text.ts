/**
 * The sentences a reader sees on an MDX page, in order: its title (a heading), its summary when it
 * has one (shown under the title; `summaryField` names its front-matter field), then the body. Positions point into the file.
 */
import type { SourceFile } from '../../loader/source-file.ts';
import { sentencesOfField, sentencesOfTree, type Sentence } from './plain-text.ts';

const endsLikeASentence = (text: string): boolean => /[.!?]["'’”)\]]*\s*$/.test(text);

export function pageSentences(
  source: SourceFile,
  data: { title: string; summary?: string },
  summaryField = 'summary',
): Sentence[] {
  const title = source.locate(['title']);
  const sentences = sentencesOfField(data.title, title.line, title.col, endsLikeASentence(data.title));
  if (data.summary !== undefined) {
    const summary = source.locate([summaryField]);
    sentences.push(...sentencesOfField(data.summary, summary.line, summary.col, true));
  }
  if (source.tree) sentences.push(...sentencesOfTree(source.tree, source.body));
  return sentences;
}
