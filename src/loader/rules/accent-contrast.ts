/**
 * The accent colour in site.yaml is the header's background, under white text, and the colour of
 * links on white pages: below 4.5:1 neither is readable for many people, and the site would fail
 * WCAG 2.2 AA on every page. The message suggests the nearest darker shade that passes.
 */
import { contrastRatio, darkerUntil, HEADER_TEXT_COLOUR, MINIMUM_CONTRAST, ratioText } from '../../lib/contrast.ts';
import { ProblemList } from '../located.ts';
import type { ContentRule } from '../types.ts';

export const accentContrast: ContentRule = {
  id: 'accent-contrast',
  needs: ['site'],
  run(files) {
    const problems = new ProblemList();
    for (const f of files.site) {
      const accent = f.data?.branding.accent_colour;
      if (accent === undefined) continue;
      const ratio = contrastRatio(accent, HEADER_TEXT_COLOUR);
      if (ratio >= MINIMUM_CONTRAST) continue;
      problems.at(
        f.source,
        ['branding', 'accent_colour'],
        `the accent colour "${accent}" gives only ${ratioText(ratio)} contrast with the header's white text (and as the colour of links on white pages); it needs at least ${MINIMUM_CONTRAST}:1: choose a darker colour, such as "${darkerUntil(accent, HEADER_TEXT_COLOUR)}"`,
      );
    }
    return problems.items;
  },
};
