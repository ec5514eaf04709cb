/**
 * CSV that opens cleanly in Excel: UTF-8 with a byte-order mark (without it Excel reads "’" as
 * "â€™"), every field in double quotes, quotes doubled inside, lines ending CRLF (RFC 4180).
 */
export type Cell = string | number | boolean | undefined;

function quote(cell: Cell): string {
  const text = cell === undefined ? '' : String(cell);
  return `"${text.replaceAll('"', '""')}"`;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const lines = [columns.map(quote).join(','), ...rows.map((row) => columns.map((c) => quote(row[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function csvResponse(csv: string): Response {
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
