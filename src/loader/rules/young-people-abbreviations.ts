/**
 * No unexplained abbreviation in the young-person edition: each one must be in the glossary, and its
 * meaning must be given in words the first time a page uses it. The rule for "explained" is written
 * in src/lib/young-people/abbreviations.ts.
 */
import { fileFindings } from '../file-findings.ts';
import type { LoadedFile, LoadedFiles, Parsed, RuleContext } from '../types.ts';
import type { Problem } from '../problems.ts';
import { abbreviationsIn } from '../../lib/young-people/abbreviations.ts';
import { pageSentences } from '../../lib/readability/page-text.ts';

export function checkYoungPeopleAbbreviations(files: LoadedFiles, context: Pick<RuleContext, 'cache'> = {}): Problem[] {
  const glossaryFile = files.glossary[0];
  // Without a valid glossary every abbreviation would look unknown: the glossary's own errors come first.
  if (!glossaryFile?.data) return [];
  const glossary = glossaryFile.data;
  // A page's findings depend on it and on the glossary, as written: kept per page (file-findings.ts).
  const settings = glossaryFile.source.text ?? '';
  return files.youngPeople.flatMap((f) =>
    fileFindings(context, f, 'young-people-abbreviations', settings, () => (f.data ? findingsIn(f, glossary) : [])),
  );
}

function findingsIn(f: LoadedFile<'youngPeople'>, glossary: Parsed<'glossary'>): Problem[] {
  const problems: Problem[] = [];
  const data = f.data!;
  const seen = new Set<string>();
  for (const sentence of pageSentences(f.source, data)) {
    for (const use of abbreviationsIn(sentence.raw, glossary)) {
      // "TODO" marks a placeholder, which placeholders.ts already warns about until it is replaced.
      if (use.word === 'TODO' || seen.has(use.abbreviation)) continue;
      seen.add(use.abbreviation);
      const at = sentence.at(use.index);
      const problem = (message: string): Problem => ({ file: f.source.file, ...at, severity: 'error', message });
      if (!use.entry) {
        problems.push(
          problem(
            `"${use.word}" looks like an abbreviation but is not in the glossary: add it to content/glossary.yaml ` +
              `(with a young_meaning) or write it out in ordinary words`,
          ),
        );
      } else if (!use.explained) {
        problems.push(
          problem(
            `"${use.word}" is not explained the first time this page uses it: write "${use.entry.term} (${use.abbreviation})" ` +
              `in the same sentence, or a meaning in brackets straight after it, such as "${use.abbreviation} (${shortMeaning(use.entry.young_meaning)})"`,
          ),
        );
      }
    }
  }
  return problems;
}

/** A few words of the plain meaning, as an example for the message: "This is a plan about your learning" → "a plan about your learning". */
function shortMeaning(meaning: string): string {
  const first = meaning.split(/[.!?]/)[0]!.replace(/^(This|These|It) (is|are|means) /i, '');
  const words = first.split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : first;
}
