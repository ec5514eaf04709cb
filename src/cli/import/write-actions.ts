/**
 * Works out what an import changes in `content/actions/<objective>.yaml`: which rows are new, which
 * existing actions change and how, and which actions are no longer in the tracker (those are kept:
 * only an editor deletes an action). Each row writes the council's reference as written, its status
 * in the council's own label, its percent complete, its related plans (names, with links when the
 * cell has them) and its dated updates with the status and percent they reported. Fields the tracker
 * has no column for are left as they are, and comments and formatting stay as written. Nothing is
 * written here: the caller decides.
 */
import { readFileSync } from 'node:fs';
import { Scalar } from 'yaml';
import path from 'node:path';
import type { Content, Objective } from '../../loader/model.ts';
import type { ActionField } from '../../schemas/imports.ts';
import { cellPlace, type Grid } from './cells.ts';
import { actionKey, keySlug } from '../../lib/action-plan/keys.ts';
import { statusScale } from '../../lib/action-plan/status-scale.ts';
import { formatDate } from '../../lib/calendar/index.ts';
import { actionSchema } from '../../schemas/actions.ts';
import { actionId as actionIdSchema } from '../../schemas/common.ts';
import { idFromRef, matchActions, sameRef, type ExistingAction } from './match-actions.ts';
import type { ImportProblem } from './problems.ts';
import { labelsInWords } from './rag.ts';
import type { ImportedAction, ImportedPlan, ImportedUpdate } from './read-actions.ts';
import { YamlEditor } from './yaml-edits.ts';

export interface FileChange {
  /** Relative to the content folder: `actions/stable-homes.yaml`. */
  relative: string;
  /** The new text of the file. */
  text: string;
  /** True when the file does not exist yet. */
  created: boolean;
}

export interface PlannedWrite {
  change?: FileChange;
  /** One line for each new, changed or missing action. */
  summary: string[];
  problems: ImportProblem[];
}

/** The fields of an action and of an update in the order the schema and the guide write them. */
const ACTION_ORDER = Object.keys(actionSchema.shape);
const UPDATE_ORDER = ['date', 'text', 'status', 'percent_complete'];

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const squash = (text: unknown): string =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
const short = (text: string): string => (text.length > 50 ? `${text.slice(0, 47)}…` : text);
const asList = (lead: unknown): string[] =>
  Array.isArray(lead) ? lead.map(String) : lead === undefined ? [] : [String(lead)];
const leadValue = (ids: readonly string[]): string | string[] => (ids.length === 1 ? ids[0]! : [...ids]);
/** An id or reference in double quotes, as the guide writes them: "3.4" unquoted would be a number. */
const quoted = (text: string): Scalar => Object.assign(new Scalar(text), { type: Scalar.QUOTE_DOUBLE });
const optional = (value: unknown): string | undefined =>
  value === undefined || value === null ? undefined : String(value);

/** Related plans as the file writes them ("Not applicable", names, titles with links), as one shape. */
function plansIn(value: unknown): ImportedPlan[] {
  if (!Array.isArray(value)) return [];
  return value.map((p: unknown) =>
    typeof p === 'object' && p !== null
      ? {
          title: squash((p as Record<string, unknown>)['title']),
          ...(optional((p as Record<string, unknown>)['url'])
            ? { url: String((p as Record<string, unknown>)['url']) }
            : {}),
        }
      : { title: squash(p) },
  );
}

/** Plans as the action file writes them: a name alone, or a title with its link. */
const plansValue = (plans: readonly ImportedPlan[]): (string | { title: string; url: string })[] =>
  plans.map((p) => (p.url === undefined ? p.title : { title: p.title, url: p.url }));

/** An update as the action file writes it: its date, its words when it has them, its status and percent. */
function updateValue(update: ImportedUpdate): Record<string, unknown> {
  return {
    date: update.date,
    ...(update.text !== undefined ? { text: update.text } : {}),
    ...(update.status ? { status: update.status.label } : {}),
    ...(update.percent_complete !== undefined ? { percent_complete: update.percent_complete } : {}),
  };
}

/** "75% complete", or "percent complete 50% → 75%" when it had one. */
const percentChange = (was: unknown, now: number): string =>
  was === undefined ? `${now}% complete` : `percent complete ${String(was)}% → ${now}%`;

export function planActionWrite(
  content: Content,
  contentDir: string,
  objective: Objective,
  grid: Grid,
  rows: readonly ImportedAction[],
): PlannedWrite {
  const problems: ImportProblem[] = [];
  const summary: string[] = [];
  const error = (where: string, what: string, fix: string): void =>
    void problems.push({ where, what, fix, severity: 'error' });
  const note = (where: string, what: string, fix: string): void =>
    void problems.push({ where, what, fix, severity: 'note' });
  const scale = statusScale(content.site.action_plan.statuses);
  /** The label a status written in the file stands for, so "green" and "Green" are the same. */
  const labelOf = (written: unknown): string | undefined =>
    written === undefined ? undefined : (scale.find(String(written))?.label ?? String(written));

  const existingFile = content.actions.find((a) => a.objective === objective.id)?.file;
  const relative = existingFile ? existingFile.split('/').slice(1).join('/') : `actions/${objective.id}.yaml`;
  const full = path.join(contentDir, relative);
  const original = existingFile ? readFileSync(full, 'utf8') : `objective: ${objective.id}\nactions:\n`;
  const editor = new YamlEditor(original);
  const listed = (editor.value(['actions']) as Record<string, unknown>[] | null) ?? [];
  const existing: ExistingAction[] = listed.map((a, index) => {
    const id = optional(a['id']);
    const ref = optional(a['ref']);
    return { key: actionKey({ id, ref }, objective.number, index + 1), id, ref, action: squash(a['action']), index };
  });
  const matches = matchActions(rows, existing, objective.number);
  // Addresses are made from keys, site-wide: a new action's must be free.
  const takenSlugs = new Set(content.actions.map((a) => keySlug(a.id)));
  for (const e of existing) takenSlugs.add(keySlug(e.key));
  const isFree = (key: string): boolean => !takenSlugs.has(keySlug(key));
  const nextId = (): string => {
    for (let n = 1; ; n++) if (isFree(`${objective.number}.${n}`)) return `${objective.number}.${n}`;
  };
  // A plan whose actions have no ids is numbered by position: a new row there gets no id either.
  const positional = listed.length > 0 && existing.every((e) => e.id === undefined);
  // A plan written before references existed gives its action numbers as ids, and no refs.
  const numbersAsIds = existing.some((e) => e.id !== undefined) && existing.every((e) => e.ref === undefined);

  const appended: Record<string, unknown>[] = [];
  for (const { row, existing: match, by } of matches) {
    const place = (field: ActionField): string => row.places[field] ?? cellPlace(grid, row.row);
    const timescale = row.timescale?.kind === 'timescale' ? row.timescale.timescale : undefined;

    if (!match) {
      let id: string | undefined;
      let key: string;
      const refKey = row.ref === undefined ? undefined : (idFromRef(row.ref, objective.number) ?? row.ref.trim());
      let ref = row.ref;
      if (refKey !== undefined && isFree(refKey)) {
        key = refKey;
        // "4" under objective 1 is action 1.4: the id keeps its address apart from objective 2's "4".
        if (refKey !== row.ref!.trim()) id = refKey;
        // A file that writes its action numbers as ids ("1.3") gets one more of those.
        else if (numbersAsIds && idFromRef(row.ref, objective.number) === refKey) [id, ref] = [refKey, undefined];
      } else if (
        refKey === undefined &&
        positional &&
        isFree(`${objective.number}.${listed.length + appended.length + 1}`)
      ) {
        key = `${objective.number}.${listed.length + appended.length + 1}`;
      } else {
        id = nextId();
        key = id;
      }
      takenSlugs.add(keySlug(key));
      const missing: [ActionField, string, string][] = [];
      if (!row.outcome)
        missing.push([
          'outcome',
          'has no expected outcome',
          'write the difference it should make in the expected outcome column',
        ]);
      if (!row.lead) missing.push(['lead', 'has no lead', 'write the job title of the role that leads it']);
      if (!timescale)
        missing.push([
          'timescale',
          row.timescale ? 'is due "TBC"' : 'has no timescale',
          'a new action needs a due date: write a month (March 2026), a date, a quarter or "Ongoing"',
        ]);
      if (!row.status)
        missing.push([
          'status',
          'has no status',
          `write its RAG or status, one of the council's labels (${labelsInWords(scale)})`,
        ]);
      for (const [field, what, fix] of missing) error(place(field), `this new action (${key}) ${what}`, fix);
      const action: Record<string, unknown> = {};
      if (id !== undefined) action['id'] = quoted(id);
      if (ref !== undefined) action['ref'] = quoted(ref);
      action['action'] = row.action;
      if (row.outcome) action['outcome'] = row.outcome;
      if (row.lead) action['lead'] = leadValue(row.lead);
      if (row.partners?.length) action['partners'] = row.partners;
      if (row.plans?.length) action['plans'] = plansValue(row.plans);
      if (timescale) action['timescale'] = timescale;
      if (row.status) action['status'] = row.status.label;
      if (row.percent_complete !== undefined) action['percent_complete'] = row.percent_complete;
      if (row.updates.length) action['updates'] = row.updates.map(updateValue);
      appended.push(action);
      summary.push(`  new ${key} from row ${row.row}: "${short(row.action)}"`);
      continue;
    }

    const at = ['actions', match.index];
    const now = listed[match.index]!;
    const changes: string[] = [];
    if (
      row.ref !== undefined &&
      !sameRef(row.ref, match.ref) &&
      !(match.ref === undefined && row.ref.trim() === match.key)
    ) {
      // Without an id the reference is the key: pin the old one, so the action keeps its address.
      if (match.id === undefined) {
        const pinned = actionIdSchema.safeParse(match.key).success ? match.key : keySlug(match.key);
        editor.set(at, 'id', quoted(pinned), ACTION_ORDER);
        changes.push(
          `${match.ref === undefined ? `reference ${row.ref} added` : `reference ${match.ref} → ${row.ref}`} (id "${pinned}" written, so its address stays)`,
        );
      } else
        changes.push(match.ref === undefined ? `reference ${row.ref} added` : `reference ${match.ref} → ${row.ref}`);
      editor.set(at, 'ref', quoted(row.ref), ACTION_ORDER);
    }
    if (squash(now['action']) !== squash(row.action)) {
      editor.set(at, 'action', row.action, ACTION_ORDER);
      changes.push(`reworded from "${short(squash(now['action']))}"`);
    }
    if (row.outcome && squash(now['outcome']) !== squash(row.outcome)) {
      editor.set(at, 'outcome', row.outcome, ACTION_ORDER);
      changes.push('outcome changed');
    }
    if (row.lead && !same(asList(now['lead']), row.lead)) {
      editor.set(at, 'lead', leadValue(row.lead), ACTION_ORDER);
      changes.push(`lead ${asList(now['lead']).join(' and ')} → ${row.lead.join(' and ')}`);
    }
    if (row.partners && !same(now['partners'] ?? [], row.partners)) {
      if (row.partners.length || now['partners'] !== undefined) editor.set(at, 'partners', row.partners, ACTION_ORDER);
      changes.push('partners changed');
    }
    if (row.plans && !same(plansIn(now['plans']), row.plans)) {
      editor.set(at, 'plans', plansValue(row.plans), ACTION_ORDER);
      changes.push(`related plans: ${row.plans.length ? row.plans.map((p) => p.title).join('; ') : 'not applicable'}`);
    }
    if (row.timescale?.kind === 'to be confirmed' && now['timescale'] !== undefined) {
      note(
        place('timescale'),
        `the timescale is "TBC"; action ${match.key} keeps its timescale, ${String(now['timescale'])}`,
        'write the new date in the tracker when it is agreed',
      );
    } else if (timescale && now['timescale'] !== timescale) {
      editor.set(at, 'timescale', timescale, ACTION_ORDER);
      changes.push(`due ${String(now['timescale'])} → ${timescale}`);
    }
    if (row.status && labelOf(now['status']) !== row.status.label) {
      editor.set(at, 'status', row.status.label, ACTION_ORDER);
      changes.push(
        now['status'] === undefined
          ? `status ${row.status.label}`
          : `status ${String(now['status'])} → ${row.status.label}`,
      );
    }
    if (row.percent_complete !== undefined && now['percent_complete'] !== row.percent_complete) {
      editor.set(at, 'percent_complete', row.percent_complete, ACTION_ORDER);
      changes.push(percentChange(now['percent_complete'], row.percent_complete));
    }
    changes.push(...mergeUpdates(editor, at, now['updates'], row.updates, labelOf, note));
    if (changes.length) {
      summary.push(
        `  ${match.key}${by === 'wording' ? ' (matched by its words)' : ''} from row ${row.row}: ${changes.join('; ')}`,
      );
    }
  }
  const matched = new Set(matches.flatMap((m) => (m.existing ? [m.existing] : [])));
  for (const e of existing) {
    if (!matched.has(e))
      summary.push(
        `  ${e.key} is not in the tracker: kept as it is. Delete it by hand if it has ended: "${short(e.action)}"`,
      );
  }

  let text: string;
  if (appended.length === 0) text = editor.result();
  else if (listed.length === 0) {
    const head = editor.result().replace(/actions:[ \t]*(\[\])?[ \t]*\n?$/, 'actions:\n');
    text = head + appended.map(indentItem).join('');
  } else {
    const after = new YamlEditor(editor.result());
    for (const a of appended) after.append(['actions'], a);
    text = after.result();
  }
  const change = text === original && existingFile ? undefined : { relative, text, created: !existingFile };
  return { ...(change ? { change } : {}), summary, problems };
}

/**
 * The tracker's updates of one action, merged into the file's: an update whose words are already
 * there (on any date) is not added again; one on a date the file already has an update for gives
 * that update the tracker's status and percent, and its words when the file's has none. Words an
 * editor changed by hand are kept, with a note. Returns what changed, for the summary.
 */
function mergeUpdates(
  editor: YamlEditor,
  at: (string | number)[],
  written: unknown,
  updates: readonly ImportedUpdate[],
  labelOf: (written: unknown) => string | undefined,
  note: (where: string, what: string, fix: string) => void,
): string[] {
  const listed = (Array.isArray(written) ? written : []) as Record<string, unknown>[];
  const changes: string[] = [];
  const fresh: ImportedUpdate[] = [];
  const edits: { index: number; key: string; value: unknown }[] = [];
  for (const update of updates) {
    const sameWords =
      update.text === undefined ? -1 : listed.findIndex((u) => squash(u['text']) === squash(update.text));
    if (sameWords >= 0 && listed[sameWords]!['date'] !== update.date) continue;
    const index = sameWords >= 0 ? sameWords : listed.findIndex((u) => u['date'] === update.date);
    if (index < 0) {
      fresh.push(update);
      continue;
    }
    const was = listed[index]!;
    const what: string[] = [];
    if (update.text !== undefined && was['text'] === undefined) {
      edits.push({ index, key: 'text', value: update.text });
      what.push('words added');
    } else if (update.text !== undefined && squash(was['text']) !== squash(update.text)) {
      note(
        update.place,
        `the update of ${formatDate(update.date)} reads differently in the action file, where an editor may have changed it: the file's words are kept`,
        "to take the tracker's words, delete that update from the file and import again",
      );
    }
    if (update.status && labelOf(was['status']) !== update.status.label) {
      edits.push({ index, key: 'status', value: update.status.label });
      what.push(
        was['status'] === undefined
          ? `status ${update.status.label}`
          : `status ${String(was['status'])} → ${update.status.label}`,
      );
    }
    if (update.percent_complete !== undefined && was['percent_complete'] !== update.percent_complete) {
      edits.push({ index, key: 'percent_complete', value: update.percent_complete });
      what.push(percentChange(was['percent_complete'], update.percent_complete));
    }
    if (what.length) changes.push(`update of ${update.date}: ${what.join(', ')}`);
  }
  if (fresh.length > 0)
    changes.unshift(
      `${fresh.length} new ${fresh.length === 1 ? 'update' : 'updates'} (${fresh.map((u) => u.date).join(', ')})`,
    );
  if (edits.length === 0 && fresh.length === 0) return changes;
  const path = [...at, 'updates'];
  if (editor.isBlockList(path)) {
    for (const e of edits) editor.set([...path, e.index], e.key, e.value, UPDATE_ORDER);
    for (const u of fresh) editor.append(path, updateValue(u));
  } else {
    // No list yet, or one written on a line ("updates: []"): it is written out whole.
    const merged = listed.map((u, index) => ({
      ...u,
      ...Object.fromEntries(edits.filter((e) => e.index === index).map((e) => [e.key, e.value])),
    }));
    editor.set(at, 'updates', [...merged, ...fresh.map(updateValue)], ACTION_ORDER);
  }
  return changes;
}

function indentItem(action: Record<string, unknown>): string {
  const editor = new YamlEditor('actions:\n  - {}\n');
  editor.append(['actions'], action);
  return editor.result().split('\n').slice(2).join('\n');
}
