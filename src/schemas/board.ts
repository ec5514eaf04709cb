/** `content/board.yaml`: the corporate parenting board's terms of reference. */
import { z } from 'zod';
import { isoDate, roleId, slug, text } from './common.ts';
import { withFileRules } from './file-rules.ts';

/** A seat on the board: either a role from roles.yaml or a representative group. */
export const memberSchema = z
  .strictObject({
    /** A role from content/roles.yaml that sits on the board. */
    role: roleId.optional(),
    /** A representative seat that is not a council post, such as "Foster carers". */
    representative: text
      .optional()
      .meta({ description: 'A seat that is not a council post, such as "Children in Care Council representatives".' }),
    /** How many seats, when more than one. */
    seats: z.int().min(1).default(1).meta({ description: 'How many seats, when more than one.' }),
    /** What the member brings, or whom they speak for. */
    note: text.optional().meta({ description: 'What the member brings, or whom they speak for.' }),
  })
  .superRefine((member, ctx) => {
    if ((member.role === undefined) === (member.representative === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'each member needs exactly one of "role" (a council post) or "representative" (any other seat)',
      });
    }
  });

export const subgroupSchema = z.strictObject({
  /** Stable id, used by meetings to say which body met. */
  id: slug.meta({ description: 'Stable id, used by meetings (body: <id>).' }),
  /** The sub-group's name. */
  name: text,
  /** The role that chairs it. */
  chair: roleId,
  /** What it is for and what it reports on. */
  remit: text.meta({ description: 'What the sub-group is for and what it reports on.' }),
  /** How often it meets, in words. */
  frequency: text.meta({ description: 'How often it meets, for example "Every six weeks".' }),
});

const boardShape = z.strictObject({
  /** The board's name. */
  name: text.meta({ description: 'The board\'s name, for example "Corporate Parenting Board".' }),
  /** Why the board exists, in a short paragraph. */
  purpose: text,
  /** What the board does. The site numbers them in this order. */
  responsibilities: z.array(text).min(1).meta({ description: 'What the board does; numbered in this order.' }),
  /** The role that chairs the board. */
  chair: roleId,
  /** The role that chairs in the chair's absence. */
  vice_chair: roleId.optional(),
  /** Who sits on the board. */
  membership: z.array(memberSchema).min(1),
  /** How often it meets, in words. */
  frequency: text.meta({ description: 'How often the board meets, for example "Quarterly".' }),
  /** What makes a meeting quorate, in words. */
  quorum: text.meta({ description: 'What makes a meeting quorate.' }),
  /** The board's sub-groups. */
  subgroups: z.array(subgroupSchema).default([]),
  /** Whom the board reports to, and how. */
  reporting: z.array(text).min(1).meta({ description: 'Whom the board reports to, and how: one line each.' }),
  /** When the terms of reference were last reviewed. */
  last_reviewed: isoDate,
  /** When the terms of reference are next due for review. */
  next_review: isoDate,
});

export const boardSchema = withFileRules(boardShape, (board, rule) => {
  rule.reserve('body id', 'board', 'the board itself');
  board.subgroups.forEach((s, i) => rule.unique(['subgroups', i, 'id'], 'body id', s.id));
  if (board.next_review <= board.last_reviewed) {
    rule.problem(
      ['next_review'],
      `next_review (${board.next_review}) must come after last_reviewed (${board.last_reviewed})`,
    );
  }
});

export type BoardInput = z.input<typeof boardSchema>;
export type Board = z.infer<typeof boardSchema>;
export type Subgroup = z.infer<typeof subgroupSchema>;
export type Member = z.infer<typeof memberSchema>;
