/**
 * Works out what an import changes in `content/actions/<objective>.yaml`: which rows are new, which
 * existing actions change and how, and which actions are no longer in the tracker (those are kept:
 * only an editor deletes an action). Fields the tracker has no column for are left as they are, and
 * comments and formatting stay as written. Nothing is written here: the caller decides.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Content, Objective } from '../../loader/model.ts';
import type { ActionField } from '../../schemas/imports.ts';
import type { ColumnPlan } from './action-columns.ts';
import { cellPlace, type Grid } from './cells.ts';
import { idFromRef, matchActions, type ExistingAction } from './match-actions.ts';
import type { ImportProblem } from './problems.ts';
import type { ImportedAction } from './read-actions.ts';
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

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const squash = (text: unknown): string =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
const short = (text: string): string => (text.length > 50 ? `${text.slice(0, 47)}…` : text);
const asList = (lead: unknown): string[] =>
  Array.isArray(lead) ? lead.map(String) : lead === undefined ? [] : [String(lead)];
const leadValue = (ids: readonly string[]): string | string[] => (ids.length === 1 ? ids[0]! : [...ids]);

function nextId(objective: Objective, taken: Set<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`${objective.number}.${n}`)) return `${objective.number}.${n}`;
}

/** Plans the tracker gives as names only cannot be written until the schema has names without links. */
function linkedPlans(row: ImportedAction): { title: string; url: string }[] | undefined {
  if (!row.plans) return undefined;
  if (row.plans.some((p) => !p.url?.startsWith('https://'))) return undefined;
  return row.plans.map((p) => ({ title: p.title, url: p.url! }));
}

export function planActionWrite(
  content: Content,
  contentDir: string,
  objective: Objective,
  grid: Grid,
  plan: ColumnPlan,
  rows: readonly ImportedAction[],
): PlannedWrite {
  const problems: ImportProblem[] = [];
  const summary: string[] = [];
  const error = (where: string, what: string, fix: string): void =>
    void problems.push({ where, what, fix, severity: 'error' });
  const note = (where: string, what: string, fix: string): void =>
    void problems.push({ where, what, fix, severity: 'note' });
  const header = (field: ActionField): string => cellPlace(grid, plan.headerRow, plan.fields[field]);

  const existingFile = content.actions.find((a) => a.objective === objective.id)?.file;
  const relative = existingFile ? existingFile.split('/').slice(1).join('/') : `actions/${objective.id}.yaml`;
  const full = path.join(contentDir, relative);
  const original = existingFile ? readFileSync(full, 'utf8') : `objective: ${objective.id}\nactions:\n`;
  const editor = new YamlEditor(original);
  const listed = (editor.value(['actions']) as Record<string, unknown>[] | null) ?? [];
  const existing: ExistingAction[] = listed.map((a, index) => ({
    id: String(a['id']),
    action: squash(a['action']),
    index,
  }));
  const matches = matchActions(rows, existing, objective.number);
  const taken = new Set(existing.map((e) => e.id));

  const refs = rows.filter((r) => r.ref && !idFromRef(r.ref, objective.number));
  if (refs.length > 0) {
    note(
      header('ref'),
      `references such as "${refs[0]!.ref}" are read but not stored: the site numbers actions ${objective.number}.1, ${objective.number}.2…`,
      'nothing to do: the next import matches these rows to their actions by their words',
    );
  }
  if (rows.some((r) => r.percent_complete !== undefined)) {
    note(
      plan.fields.percent_complete ? header('percent_complete') : grid.file,
      'percent complete is read but not written: actions have no field for it yet',
      'nothing to do now; a later version of the site will keep it',
    );
  }
  if (rows.some((r) => r.plans?.length && !linkedPlans(r))) {
    note(
      header('plans'),
      'related plans given by name only are not written: each plan needs a link (https://…) for now',
      'add the link after the name in the cell, or add the plan to the YAML by hand',
    );
  }
  if (rows.some((r) => r.updates.some((u) => u.text === undefined))) {
    note(
      grid.file,
      'a quarter with a status but no update text is not written: updates need words for now',
      "write a sentence in that quarter's update column",
    );
  }

  const appended: Record<string, unknown>[] = [];
  for (const { row, existing: match, by } of matches) {
    const place = (field: ActionField): string => row.places[field] ?? cellPlace(grid, row.row);
    const timescale = row.timescale?.kind === 'timescale' ? row.timescale.timescale : undefined;
    const plans = linkedPlans(row);
    const updates = row.updates.filter((u) => u.text !== undefined).map((u) => ({ date: u.date, text: u.text! }));

    if (!match) {
      const id = idFromRef(row.ref, objective.number);
      const newId = id && !taken.has(id) ? id : nextId(objective, taken);
      taken.add(newId);
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
          'write its RAG or status (Grey or "Not started" if it has not begun)',
        ]);
      for (const [field, what, fix] of missing) error(place(field), `this new action (${newId}) ${what}`, fix);
      const action: Record<string, unknown> = { id: newId, action: row.action };
      if (row.outcome) action['outcome'] = row.outcome;
      if (row.lead) action['lead'] = leadValue(row.lead);
      if (row.partners?.length) action['partners'] = row.partners;
      if (plans?.length) action['plans'] = plans;
      if (timescale) action['timescale'] = timescale;
      if (row.status) action['status'] = row.status.status;
      if (updates.length) action['updates'] = updates;
      appended.push(action);
      summary.push(`  new ${newId} from row ${row.row}: "${short(row.action)}"`);
      continue;
    }

    const at = ['actions', match.index];
    const now = listed[match.index]!;
    const changes: string[] = [];
    if (squash(now['action']) !== squash(row.action)) {
      editor.set(at, 'action', row.action);
      changes.push(`reworded from "${short(squash(now['action']))}"`);
    }
    if (row.outcome && squash(now['outcome']) !== squash(row.outcome)) {
      editor.set(at, 'outcome', row.outcome);
      changes.push('outcome changed');
    }
    if (row.lead && !same(asList(now['lead']), row.lead)) {
      editor.set(at, 'lead', leadValue(row.lead));
      changes.push(`lead ${asList(now['lead']).join(' and ')} → ${row.lead.join(' and ')}`);
    }
    if (row.partners && !same(now['partners'] ?? [], row.partners)) {
      if (row.partners.length || now['partners'] !== undefined) editor.set(at, 'partners', row.partners);
      changes.push('partners changed');
    }
    if (plans && !same(now['plans'] ?? [], plans)) {
      editor.set(at, 'plans', plans);
      changes.push('related plans changed');
    }
    if (row.timescale?.kind === 'to be confirmed' && now['timescale'] !== undefined) {
      note(
        place('timescale'),
        `the timescale is "TBC"; action ${match.id} keeps its timescale, ${String(now['timescale'])}`,
        'write the new date in the tracker when it is agreed',
      );
    } else if (timescale && now['timescale'] !== timescale) {
      editor.set(at, 'timescale', timescale);
      changes.push(`due ${String(now['timescale'])} → ${timescale}`);
    }
    if (row.status && now['status'] !== row.status.status) {
      editor.set(at, 'status', row.status.status);
      changes.push(`status ${String(now['status'])} → ${row.status.status}`);
    }
    const known = new Set(((now['updates'] as { text?: unknown }[] | undefined) ?? []).map((u) => squash(u.text)));
    const fresh = updates.filter((u) => !known.has(squash(u.text)));
    if (fresh.length > 0) {
      if (Array.isArray(now['updates']) && now['updates'].length > 0)
        for (const u of fresh) editor.append([...at, 'updates'], u);
      else editor.set(at, 'updates', fresh);
      changes.push(
        `${fresh.length} new ${fresh.length === 1 ? 'update' : 'updates'} (${fresh.map((u) => u.date).join(', ')})`,
      );
    }
    if (changes.length) {
      summary.push(
        `  ${match.id}${by === 'wording' ? ' (matched by its words)' : ''} from row ${row.row}: ${changes.join('; ')}`,
      );
    }
  }
  const matched = new Set(matches.flatMap((m) => (m.existing ? [m.existing.id] : [])));
  for (const e of existing) {
    if (!matched.has(e.id))
      summary.push(
        `  ${e.id} is not in the tracker: kept as it is. Delete it by hand if it has ended: "${short(e.action)}"`,
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

function indentItem(action: Record<string, unknown>): string {
  const editor = new YamlEditor('actions:\n  - {}\n');
  editor.append(['actions'], action);
  return editor.result().split('\n').slice(2).join('\n');
}
