/**
 * Matches the responsible officers a tracker names to roles in `content/roles.yaml`, by job title
 * (or role id, or a title the mapping file lists). Joint leads written "X and Y", "X / Y" or on two
 * lines become a list, but a title that itself holds "and" ("Head of Fostering and Adoption") stays
 * whole. An unknown title is refused with the nearest role suggested.
 */
import { closest } from '../../loader/suggest.ts';
import type { Role } from '../../schemas/roles.ts';

export type LeadsResult = { ok: string[] } | { problem: string; fix: string } | { empty: true };

/** Lower case, "&" as "and", no punctuation or "the", single spaces. */
export function normaliseTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/'s\b/g, 's')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits at joins between leads, keeping each join so pieces can be put back together. */
const JOIN = /(\s*\n\s*|\s*;\s*|\s*,\s*|\s+\/\s+|\s*\/\s*|\s+\+\s+|\s+&\s+|\s+and\s+)/i;

export class RoleMatcher {
  private readonly byName = new Map<string, string>();
  private readonly titles: Map<string, string>;

  /** `aliases`: titles as a tracker writes them → role ids, from the mapping file. */
  constructor(roles: readonly Role[], aliases: Readonly<Record<string, string>> = {}) {
    this.titles = new Map(roles.map((r) => [r.title, r.id]));
    const teams = new Map<string, string[]>();
    for (const role of roles) {
      teams.set(normaliseTitle(role.team), [...(teams.get(normaliseTitle(role.team)) ?? []), role.id]);
    }
    // A team's name stands for its role only when one role sits in it; titles and ids come first.
    for (const [team, ids] of teams) if (ids.length === 1) this.byName.set(team, ids[0]!);
    for (const role of roles) {
      this.byName.set(normaliseTitle(role.id), role.id);
      this.byName.set(normaliseTitle(role.title), role.id);
    }
    for (const [title, id] of Object.entries(aliases)) this.byName.set(normaliseTitle(title), id);
  }

  private one(text: string): string | undefined {
    return this.byName.get(normaliseTitle(text));
  }

  /** The role title nearest to `text`, for "did you mean". */
  nearest(text: string): string | undefined {
    const titles = [...this.titles.keys()];
    const near = closest(text, titles);
    if (near) return near;
    const words = new Set(normaliseTitle(text).split(' '));
    const scored = titles
      .map((title) => {
        const theirs = normaliseTitle(title).split(' ');
        return { title, shared: theirs.filter((w) => words.has(w)).length / Math.max(words.size, theirs.length) };
      })
      .sort((a, b) => b.shared - a.shared);
    return scored[0] && scored[0].shared > 0 ? scored[0].title : undefined;
  }

  read(text: string): LeadsResult {
    const written = text.trim();
    if (written === '') return { empty: true };
    const parts = written.split(JOIN);
    const pieces = parts.filter((_, i) => i % 2 === 0);
    const joins = parts.filter((_, i) => i % 2 === 1);
    // Fewest leads that cover every piece: "Head of Fostering and Adoption" before "Head of Fostering" + "Adoption".
    const best: ({ leads: string[] } | undefined)[] = [{ leads: [] }];
    for (let end = 1; end <= pieces.length; end++) {
      for (let start = 0; start < end; start++) {
        const before = best[start];
        if (!before) continue;
        const words = pieces
          .slice(start, end)
          .reduce((acc, piece, i) => (i === 0 ? piece : acc + joins[start + i - 1] + piece), '');
        const id = this.one(words);
        if (!id) continue;
        const candidate = { leads: [...before.leads, id] };
        if (!best[end] || candidate.leads.length < best[end]!.leads.length) best[end] = candidate;
      }
    }
    const found = best[pieces.length];
    if (found) return { ok: [...new Set(found.leads)] };
    const unknown = pieces.filter((piece) => !this.one(piece));
    const shown = unknown.length === 0 || unknown.length === pieces.length ? [written] : unknown;
    const name = shown[0]!;
    const near = this.nearest(name);
    return {
      problem: `"${name}" is not the title of a role in roles.yaml${near ? ` (nearest: "${near}")` : ''}`,
      fix: `write the job title as roles.yaml has it${near ? `, such as "${near}"` : ''}, add the role to roles.yaml, or list "${name}" under leads: in the mapping file`,
    };
  }
}
