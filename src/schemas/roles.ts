/** `content/roles.yaml`: the posts that lead actions, objectives, indicators and meetings. */
import { z } from 'zod';
import { email, slug, text } from './common.ts';
import { withFileRules } from './file-rules.ts';

export const roleSchema = z
  .strictObject({
    /** Stable id used everywhere a role is referenced, and in its page address `/leads/<id>/`. */
    id: slug.meta({ description: 'Stable id, used in references and in the address /leads/<id>/.' }),
    /** The job title, for example "Head of Service, Children in Care". */
    title: text.meta({ description: 'The job title, for example "Virtual School Head".' }),
    /** The team or service the post sits in. */
    team: text.meta({ description: 'The team or service the post sits in.' }),
    /** The directorate the team sits in, for councils whose plans show it. */
    directorate: text
      .optional()
      .meta({ description: 'The directorate the team sits in, for example "Children\'s Services". Shown in the action plan when site.yaml\'s action_plan.show_organisation is true.' }),
    /** A team mailbox: never a personal address. */
    mailbox: email.meta({ description: 'The team mailbox, never a personal address.' }),
    /** True for senior and statutory posts, the only ones whose holder may be named. */
    senior: z
      .boolean()
      .default(false)
      .meta({ description: 'true for senior and statutory posts (the only ones whose holder may be named).' }),
    /** The post holder's name. Only for senior or statutory posts. */
    post_holder: text.optional().meta({ description: 'The post holder\'s name. Only allowed when senior is true.' }),
  })
  .superRefine((role, ctx) => {
    if (role.post_holder !== undefined && !role.senior) {
      ctx.addIssue({
        code: 'custom',
        path: ['post_holder'],
        message:
          'only senior and statutory posts are named: remove post_holder, or set senior: true if this is such a post',
      });
    }
  });

export const rolesFileSchema = withFileRules(z.array(roleSchema).min(1, 'list at least one role'), (roles, rule) => {
  roles.forEach((role, i) => rule.unique([i, 'id'], 'role id', role.id));
});

export type RoleInput = z.input<typeof roleSchema>;
export type Role = z.infer<typeof roleSchema>;
