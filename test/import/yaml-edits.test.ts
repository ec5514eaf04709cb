/** Edits in place: a new field lands where the guide writes it, and nothing else in the file moves. */
import { describe, expect, it } from 'vitest';
import { YamlEditor } from '../../src/cli/import/yaml-edits.ts';

const ORDER = ['id', 'ref', 'action', 'status', 'percent_complete', 'updates'];

describe('YamlEditor.set', () => {
  it('puts a new field before the first field that comes after it, keeping comments and folded text', () => {
    const editor = new YamlEditor(
      [
        'actions:',
        '  - action: >-',
        '      Recruit more foster carers',
        '      who live in the borough.',
        '    status: Amber # checked in May',
        '    updates:',
        '      - {date: 2025-06-30, text: Started.}',
        '      - date: 2025-09-30',
        '        text: >-',
        '          Twelve households.',
        '',
      ].join('\n'),
    );
    editor.set(['actions', 0], 'id', '1.1', ORDER);
    editor.set(['actions', 0], 'ref', 'A1', ORDER);
    editor.set(['actions', 0], 'percent_complete', 40, ORDER);
    editor.set(['actions', 0, 'updates', 0], 'status', 'Green', ['date', 'text', 'status']);
    editor.set(['actions', 0, 'updates', 1], 'status', 'Amber', ['date', 'text', 'status']);
    expect(editor.result()).toMatchInlineSnapshot(`
      "actions:
        - id: "1.1"
          ref: A1
          action: >-
            Recruit more foster carers
            who live in the borough.
          status: Amber # checked in May
          percent_complete: 40
          updates:
            - {date: 2025-06-30, text: Started., status: Green}
            - date: 2025-09-30
              text: >-
                Twelve households.
              status: Amber
      "
    `);
  });
});
