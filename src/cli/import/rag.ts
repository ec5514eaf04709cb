/**
 * Reads an action's status from a tracker's RAG cell: a word ("Green", "On track"), a letter ("G"),
 * or, when the cell is empty, its fill colour. Each rating maps to one of the site's statuses.
 */
import type { ActionStatus } from '../../schemas/actions.ts';
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
  status: ActionStatus;
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

/** The meaning of a word or letter, looking at "Green - on track" as "green". */
function fromWord(text: string, extra: Readonly<Record<string, ActionStatus>>): StatusReading | undefined {
  const said = normalise(text);
  for (const [word, status] of Object.entries(extra)) if (normalise(word) === said) return { status, from: 'word' };
  const whole = WORDS[said];
  if (whole)
    return isRag(whole) ? { status: STATUS_OF_RAG[whole], rag: whole, from: 'word' } : { status: whole, from: 'word' };
  const first = WORDS[said.split(' ')[0]!];
  if (first && isRag(first) && said.split(' ')[0]!.length > 1)
    return { status: STATUS_OF_RAG[first], rag: first, from: 'word' };
  return undefined;
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

/** Reads a status cell; `extra` holds the council's own words from its mapping file. */
export function readStatus(cell: GridCell, extra: Readonly<Record<string, ActionStatus>> = {}): StatusResult {
  if (cell.text !== '') {
    const reading = fromWord(cell.text, extra);
    if (reading) return { ok: reading };
    return {
      problem: `"${cell.text}" is not a status the importer knows`,
      fix: 'write Red, Amber, Green, Blue (complete) or Grey (not started), or one of: not started, on track, at risk, off track, complete; or list the word under statuses: in the mapping file',
    };
  }
  if (cell.fill) {
    const rag = ragOfFill(cell.fill);
    if (rag) return { ok: { status: STATUS_OF_RAG[rag], rag, from: 'fill' } };
  }
  if (cell.themeFill) {
    return {
      problem: "the status is only a fill colour from the workbook's theme, which the importer cannot tell apart",
      fix: 'type the status in the cell (Red, Amber, Green…), or fill it with a standard colour',
    };
  }
  return { empty: true };
}
