/**
 * Rules about one file's content as a whole (ids unique within it, dates in order), attached to its
 * schema. They run only once the file has the right shape, and what they find does not make the
 * data unusable: the loader keeps the data of a file whose only problems are these (see
 * `shapeOf`), so that references into it are still checked and the report stays as full as it was.
 *
 * A duplicate names the place of the first use; only the loader knows positions, so the issue
 * carries the path of the first use and the loader writes it where the message says `{first}`.
 */
import type { z } from 'zod';

type Path = (string | number)[];

export interface FileRuleContext {
  /** An error at `path` (relative to the file), with the message as editors will read it. */
  problem(path: Path, message: string): void;
  /**
   * Reports a second use of `id` at `path`. `kind` names it ("role id"); `where` narrows the scope in
   * the message (" in this row"), and `scope` keeps ids of different rows apart (default: `kind`).
   */
  unique(path: Path, kind: string, id: string, options?: { where?: string; scope?: string }): void;
  /** Counts `id` as already used, by something the message describes ("the board itself"). */
  reserve(kind: string, id: string, place: string): void;
}

/** Marks an issue as a file rule's, so the loader can tell it from a shape error. */
export const FILE_RULE = 'fileRule';

/** Each file-rule schema → the schema it was made from. */
const shapes = new WeakMap<object, z.ZodType>();

/** The schema with `rules` attached; `shapeOf` gives back the schema without them. */
export function withFileRules<S extends z.ZodType>(
  shape: S,
  rules: (value: z.output<S>, context: FileRuleContext) => void,
): S {
  const checked = shape.superRefine(
    (value, ctx) => {
      const problem = (path: Path, message: string, first?: Path): void => {
        ctx.addIssue({ code: 'custom', path, message, params: { [FILE_RULE]: true, first } });
      };
      const seen = new Map<string, Map<string, Path | string>>();
      const scope = (name: string): Map<string, Path | string> => {
        let ids = seen.get(name);
        if (!ids) seen.set(name, (ids = new Map()));
        return ids;
      };
      rules(value, {
        problem: (path, message) => problem(path, message),
        reserve: (kind, id, place) => void scope(kind).set(id, place),
        unique(path, kind, id, { where = '', scope: name = kind } = {}) {
          const ids = scope(name);
          const previous = ids.get(id);
          if (previous === undefined) {
            ids.set(id, path);
            return;
          }
          const place = typeof previous === 'string' ? previous : '{first}';
          const message = `duplicate ${kind} "${id}"${where}: it is already used at ${place}. Each ${kind} must be different${where}`;
          problem(path, message, typeof previous === 'string' ? undefined : previous);
        },
      });
    },
    // Only on a file of the right shape: a rule never has to guard against a missing field.
    { when: (payload) => payload.issues.length === 0 },
  );
  shapes.set(checked, shape);
  return checked;
}

/** The schema a file-rule schema was made from, or undefined when it has no file rules. */
export function shapeOf(schema: z.ZodType): z.ZodType | undefined {
  return shapes.get(schema);
}
