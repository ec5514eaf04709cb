import { getContent } from '../../loader/load-content.ts';
import { buildDate } from '../../lib/build-date.ts';
import { csvResponse, toCsv } from '../../lib/open-data/csv.ts';
import { ACTIONS, actionRows } from '../../lib/open-data/datasets.ts';

export function GET(): Response {
  return csvResponse(
    toCsv(
      ACTIONS.columns.map((c) => c.name),
      actionRows(getContent(), buildDate()),
    ),
  );
}
