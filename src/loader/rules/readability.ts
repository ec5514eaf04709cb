/**
 * The readability gate. Every young-person page (and the plain meanings shown on the young-person
 * glossary) must reach the council's minimum Flesch Reading Ease (policy.reading_ease in site.yaml;
 * 70 by default, about a reading age of 10 to 11): below that is an error naming the score, the grade
 * and the three hardest sentences with their lines. The main edition's strategy and annual reports
 * get a warning below its second threshold (50 by default). How text and words are counted is
 * written down in src/lib/readability/.
 */
import type { Problem, Severity } from '../problems.ts';
import { fileFindings } from '../file-findings.ts';
import type { LoadedFile, LoadedFiles, RuleContext, TypeKey } from '../types.ts';
import type { SourceFile } from '../source-file.ts';
import type { Sentence } from '../../lib/readability/plain-text.ts';
import { pageSentences } from '../../lib/readability/page-text.ts';
import { sentencesOfField } from '../../lib/readability/plain-text.ts';
import { formatScore, hardestSentences, readabilityOf } from '../../lib/readability/score.ts';

const QUOTE_LENGTH = 100;

/** A sentence short enough to quote in a one-line message. */
function quote(text: string): string {
  if (text.length <= QUOTE_LENGTH) return `"${text}"`;
  const cut = text.slice(0, QUOTE_LENGTH);
  return `"${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…"`;
}

interface Gate {
  minimum: number;
  edition: string;
  severity: Severity;
  advice: string;
}

const youngPeopleGate = (minimum: number): Gate => ({
  minimum,
  edition: 'the young-person edition',
  severity: 'error',
  advice: 'Use shorter sentences and everyday words.',
});

const mainEditionGate = (minimum: number): Gate => ({
  minimum,
  edition: 'the main edition',
  severity: 'warning',
  advice: 'Shorter sentences and everyday words help every reader.',
});

/** The problem for one page's sentences, or none when it reads easily enough. */
export function readabilityProblem(
  file: string,
  at: { line: number; col: number },
  sentences: readonly Sentence[],
  gate: Gate,
  what = '',
): Problem | undefined {
  const score = readabilityOf(sentences);
  if (!score || score.ease >= gate.minimum) return undefined;
  const hardest = hardestSentences(sentences)
    .map((s) => `${quote(s.text)} (line ${s.line})`)
    .join('; ');
  return {
    file,
    line: at.line,
    col: at.col,
    severity: gate.severity,
    message:
      `${what}reading ease ${formatScore(score.ease)} (grade ${score.grade.toFixed(1)}) is below ${gate.minimum} ` +
      `for ${gate.edition}. Hardest sentences: ${hardest}. ${gate.advice}`,
  };
}

/** Where a page's prose starts: its first body sentence, else its title. */
function startOf(source: SourceFile, sentences: readonly Sentence[]): { line: number; col: number } {
  const first = sentences.find((s) => s.line >= source.bodyLine);
  return first ? { line: first.line, col: 1 } : source.locate(['title']);
}

function checkPage(
  source: SourceFile,
  data: { title: string; summary?: string },
  gate: Gate,
  summaryField?: string,
): Problem[] {
  const sentences = pageSentences(source, data, summaryField);
  const problem = readabilityProblem(source.file, startOf(source, sentences), sentences, gate);
  return problem ? [problem] : [];
}

export function checkReadability(files: LoadedFiles, context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const YOUNG_PEOPLE = youngPeopleGate(context.policy.reading_ease.young_people_minimum);
  const MAIN_EDITION = mainEditionGate(context.policy.reading_ease.main_edition_warning_below);
  // What each file's finding depends on besides the file: the two thresholds. Kept per file in the
  // parse cache (file-findings.ts): counting syllables is most of the rule's time.
  const settings = JSON.stringify(context.policy.reading_ease);
  const each = <K extends TypeKey>(list: LoadedFile<K>[], find: (f: LoadedFile<K>) => Problem[]): void => {
    for (const f of list) problems.push(...fileFindings(context, f, 'readability', settings, () => find(f)));
  };
  each(files.youngPeople, (f) => {
    if (!f.data) return [];
    const co = f.data.co_produced;
    // Text young people wrote and signed off is published word for word, whatever its score.
    if (co?.signed_off_by !== undefined && co.signed_off_on !== undefined) return [];
    const found = checkPage(f.source, f.data, YOUNG_PEOPLE);
    return co
      ? found.map((p) => ({
          ...p,
          message: `${p.message} It was written with ${co.with}: to publish it word for word, record who signed it off and when (signed_off_by and signed_off_on under co_produced).`,
        }))
      : found;
  });

  // The young-person glossary page shows every term's plain meaning.
  each(files.glossary, (f) => {
    if (!f.data) return [];
    const sentences = f.data.flatMap((entry, i) => {
      const at = f.source.locate([i, 'young_meaning']);
      return sentencesOfField(entry.young_meaning, at.line, at.col, true);
    });
    const problem = readabilityProblem(
      f.source.file,
      f.source.locate([0, 'young_meaning']),
      sentences,
      YOUNG_PEOPLE,
      'the plain meanings (young_meaning) have ',
    );
    return problem ? [problem] : [];
  });

  each(files.strategy, (f) =>
    f.data ? checkPage(f.source, { title: f.data.title, summary: f.data.vision }, MAIN_EDITION, 'vision') : [],
  );
  each(files.annualReports, (f) => (f.data ? checkPage(f.source, f.data, MAIN_EDITION) : []));
  return problems;
}
