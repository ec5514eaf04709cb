/**
 * What every check of `npm run verify` returns: a name a council officer understands, a line saying
 * what was looked at, and its problems, one line each, grouped so that one mistake in a layout
 * reads as one line rather than a hundred.
 */
export interface CheckResult {
  /** Such as "Internal links and anchors". */
  name: string;
  /** What was checked, such as "5,942 links on 153 pages". */
  checked: string;
  problems: string[];
}

/** Gathers problems by what went wrong, remembering where: `problem (on 3 pages: /a/, /b/, /c/)`. */
export class Grouped {
  private readonly groups = new Map<string, { where: Set<string>; example?: string }>();

  add(problem: string, where: string, example?: string): void {
    const group = this.groups.get(problem) ?? { where: new Set(), ...(example ? { example } : {}) };
    group.where.add(where);
    this.groups.set(problem, group);
  }

  get size(): number {
    return this.groups.size;
  }

  /** One line per problem, sorted, so that the same site always gives the same report. */
  lines(noun = 'page'): string[] {
    const byText = [...this.groups].sort(([a], [b]) => a.localeCompare(b));
    return byText.map(([problem, { where, example }]) => {
      const places = [...where].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      const shown = places.slice(0, 4).join(', ');
      const more = places.length > 4 ? ', …' : '';
      const on = `on ${places.length} ${places.length === 1 ? noun : `${noun}s`}: ${shown}${more}`;
      return `${problem} (${on}${example ? `; e.g. ${example}` : ''})`;
    });
  }
}

export const count = (n: number, noun: string, plural = `${noun}s`): string =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? noun : plural}`;
