/**
 * Reads an action's status from a tracker's RAG cell: a word ("Green", "On track"), a letter ("G"),
 * or, when the cell is empty, its fill colour, and writes it as the council's own label for it.
 */
import { isPlainState, statusScale, type StatusScale } from '../../lib/action-plan/status-scale.ts';
import type { ActionStatus } from '../../schemas/actions.ts';
import { DEFAULT_STATUS_SCALE, type StatusLabel } from '../../schemas/site-action-plan.ts';
import type { GridCell } from './cells.ts';

export type Rag = 'red' | 'amber' | 'green' | 'blue' | 'grey';

/** What each colour means on a tracker, in the site's words. */
export const STATUS_OF_RAG: Record<Rag, ActionStatus> = {
  green: 'on track',
  amber: 'at risk',
  red: 'off track',
  blue: 'complete',
  grey: 'not started',
};

export interface StatusReading {
  /** The state the site reasons with. */
  status: ActionStatus;
  /** The council's label for it, as the action file writes it ("Green", or "on track" on the default scale). */
  label: string;
  /** The colour, when the cell gave one (by word, letter or fill). */
  rag?: Rag;
  /** How it was read, for the summary: "word", "fill". */
  from: 'word' | 'fill';
}

export type StatusResult = { ok: StatusReading } | { problem: string; fix: string } | { empty: true };

const WORDS: Record<string, Rag | ActionStatus> = {
  red: 'red',
  r: 'red',
  amber: 'amber',
  a: 'amber',
  yellow: 'amber',
  green: 'green',
  g: 'green',
  blue: 'blue',
  b: 'blue',
  grey: 'grey',
  gray: 'grey',
  'on track': 'on track',
  'on target': 'on track',
  'in progress': 'on track',
  'at risk': 'at risk',
  'some risk': 'at risk',
  delayed: 'at risk',
  'slightly behind': 'at risk',
  'off track': 'off track',
  'not on track': 'off track',
  behind: 'off track',
  complete: 'complete',
  completed: 'complete',
  achieved: 'complete',
  done: 'complete',
  'not started': 'not started',
  'not yet started': 'not started',
  'not due': 'not started',
};

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\-–—/:()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function isRag(value: string): value is Rag {
  return value in STATUS_OF_RAG;
}

type Said = { status: ActionStatus; rag?: Rag; label?: StatusLabel };

/** What a word or letter says, looking at "Green - on track" as "green": a label, a colour or a state. */
function fromWord(text: string, extra: Readonly<Record<string, ActionStatus>>, scale: StatusScale): Said | undefined {
  const said = normalise(text);
  const label = scale.labels.find((l) => normalise(l.label) === said);
  const colour = WORDS[said];
  const rag = colour && isRag(colour) ? colour : undefined;
  if (label) return { status: label.means, label, ...(rag ? { rag } : {}) };
  for (const [word, status] of Object.entries(extra)) if (normalise(word) === said) return { status };
  if (colour) return isRag(colour) ? { status: STATUS_OF_RAG[colour], rag: colour } : { status: colour };
  const first = said.split(' ')[0]!;
  const firstColour = WORDS[first];
  if (firstColour && isRag(firstColour) && first.length > 1)
    return { status: STATUS_OF_RAG[firstColour], rag: firstColour };
  return undefined;
}

/** True when the council's labels are colours themselves, so a message need not add them. */
const colourLabels = (scale: StatusScale): boolean => scale.labels.some((l) => isRag(WORDS[normalise(l.label)] ?? ''));

/** The council's labels as a message lists them: "Green", "Blue" (complete)… */
export function labelsInWords(scale: StatusScale): string {
  return scale.labels.map((l) => (isPlainState(l) ? `"${l.label}"` : `"${l.label}" (${l.means})`)).join(', ');
}

/**
 * The label a colour or state is written as on the council's scale: the label named after the colour
 * ("Grey" for a grey fill), else the first label that stands for the state.
 */
function labelOf(
  said: Said,
  scale: StatusScale,
  shown: string,
): { ok: StatusLabel } | { problem: string; fix: string } {
  if (said.label) return { ok: said.label };
  const named = said.rag
    ? scale.labels.find(
        (l) => normalise(l.label) === said.rag || (said.rag === 'grey' && normalise(l.label) === 'gray'),
      )
    : undefined;
  const label = named ?? scale.forState(said.status)[0];
  if (label) return { ok: label };
  return {
    problem: `${shown} means ${said.status}, but the council's status scale has no label for ${said.status}`,
    fix: `write one of its labels (${labelsInWords(scale)}), or add a label that means ${said.status} under action_plan: statuses: in site.yaml`,
  };
}

/** The RAG colour nearest a fill, by hue; white, black and pale fills mean nothing. */
export function ragOfFill(hex: string): Rag | undefined {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const chroma = max - min;
  if (lightness > 0.93 || lightness < 0.08) return undefined;
  if (chroma < 0.12) return lightness < 0.85 ? 'grey' : undefined;
  let hue: number;
  if (max === r) hue = (((g - b) / chroma) % 6) * 60;
  else if (max === g) hue = ((b - r) / chroma + 2) * 60;
  else hue = ((r - g) / chroma + 4) * 60;
  if (hue < 0) hue += 360;
  if (hue < 18 || hue >= 330) return 'red';
  if (hue < 65) return 'amber';
  if (hue < 170) return 'green';
  if (hue < 260) return 'blue';
  return undefined;
}

/**
 * Reads a status cell on the council's scale (site.yaml's `action_plan.statuses`; the five states
 * when it has none): one of its labels, a RAG colour or letter, a state's name, or, when the cell is
 * empty, its fill colour. `extra` holds the council's own words from its mapping file.
 */
export function readStatus(
  cell: GridCell,
  scale: StatusScale = statusScale(DEFAULT_STATUS_SCALE),
  extra: Readonly<Record<string, ActionStatus>> = {},
): StatusResult {
  const reading = (said: Said, from: StatusReading['from'], shown: string): StatusResult => {
    const label = labelOf(said, scale, shown);
    if ('problem' in label) return label;
    return { ok: { status: label.ok.means, label: label.ok.label, ...(said.rag ? { rag: said.rag } : {}), from } };
  };
  if (cell.text !== '') {
    const said = fromWord(cell.text, extra, scale);
    if (said) return reading(said, 'word', `"${cell.text}"`);
    return {
      problem: `"${cell.text}" is not a status on the council's scale`,
      fix: `write one of its labels (${labelsInWords(scale)})${colourLabels(scale) ? '' : ', or a RAG colour (Red, Amber, Green, Blue for complete, Grey for not started)'}; or list "${cell.text}" under statuses: in the mapping file`,
    };
  }
  if (cell.fill) {
    const rag = ragOfFill(cell.fill);
    if (rag) return reading({ status: STATUS_OF_RAG[rag], rag }, 'fill', `the ${rag} fill`);
  }
  if (cell.themeFill) {
    return {
      problem: "the status is only a fill colour from the workbook's theme, which the importer cannot tell apart",
      fix: `type the status in the cell (${labelsInWords(scale)}), or fill it with a standard colour`,
    };
  }
  return { empty: true };
}
