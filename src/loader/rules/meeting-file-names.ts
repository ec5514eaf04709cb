/**
 * A meeting's file is named after its date and body (2026-01-20-board.yaml), and the date in the
 * name is the meeting's date: editors find meetings by file name, and the name is the meeting's
 * anchor and calendar UID, so a name that says another day misleads both.
 */
import { ProblemList } from '../located.ts';
import type { ContentRule } from '../types.ts';

export const meetingFileNames: ContentRule = {
  id: 'meeting-file-names',
  needs: [],
  run(files) {
    const problems = new ProblemList();
    for (const f of files.meetings) {
      const meeting = f.data;
      if (!meeting || f.id.startsWith(`${meeting.date}-`)) continue;
      problems.at(
        f.source,
        ['date'],
        `date ${meeting.date} does not match the file name: rename the file to ${meeting.date}-${meeting.body}.yaml or correct the date`,
      );
    }
    return problems.items;
  },
};
