/**
 * Where each content type lives under `content/`, and which schema validates it.
 * The one list editors' files are matched against: a file that fits none of these is reported.
 */
import type { z } from 'zod';
import { accessibilitySchema } from '../schemas/accessibility.ts';
import { actionsFileSchema } from '../schemas/actions.ts';
import { boardSchema } from '../schemas/board.ts';
import { glossaryFileSchema } from '../schemas/glossary.ts';
import { importMappingSchema } from '../schemas/imports.ts';
import { indicatorsFileSchema } from '../schemas/indicators.ts';
import { meetingSchema } from '../schemas/meetings.ts';
import { objectivesFileSchema } from '../schemas/objectives.ts';
import {
  annualReportFrontMatterSchema,
  strategyFrontMatterSchema,
  youngPeopleFrontMatterSchema,
} from '../schemas/pages.ts';
import { rolesFileSchema } from '../schemas/roles.ts';
import { scorecardSchema } from '../schemas/scorecards.ts';
import { siteSchema } from '../schemas/site.ts';

export interface ContentType {
  /** Name used in messages and for the JSON Schema file (`schemas/<name>.schema.json`). */
  name: string;
  kind: 'yaml' | 'mdx';
  /** A single file (`site.yaml`) or a folder of files (`actions/`), relative to `content/`. */
  single?: string;
  folder?: string;
  schema: z.ZodType;
  /** Said when a single file is missing. */
  purpose: string;
  /** For a folder: a good file name, for messages about names that cannot be addresses. */
  example?: string;
}

export const CONTENT_TYPES = {
  site: {
    name: 'site',
    kind: 'yaml',
    single: 'site.yaml',
    schema: siteSchema,
    purpose: "the council's name, contact and branding",
  },
  roles: {
    name: 'roles',
    kind: 'yaml',
    single: 'roles.yaml',
    schema: rolesFileSchema,
    purpose: 'the roles that lead the work',
  },
  objectives: {
    name: 'objectives',
    kind: 'yaml',
    single: 'objectives.yaml',
    schema: objectivesFileSchema,
    purpose: "the strategy's objectives",
  },
  indicators: {
    name: 'indicators',
    kind: 'yaml',
    single: 'indicators.yaml',
    schema: indicatorsFileSchema,
    purpose: 'the indicators the scorecards report',
  },
  board: {
    name: 'board',
    kind: 'yaml',
    single: 'board.yaml',
    schema: boardSchema,
    purpose: "the board's terms of reference",
  },
  glossary: {
    name: 'glossary',
    kind: 'yaml',
    single: 'glossary.yaml',
    schema: glossaryFileSchema,
    purpose: 'the glossary of terms',
  },
  accessibility: {
    name: 'accessibility',
    kind: 'yaml',
    single: 'accessibility.yaml',
    schema: accessibilitySchema,
    purpose: "the site's accessibility statement",
  },
  strategy: {
    name: 'strategy',
    kind: 'mdx',
    single: 'strategy.mdx',
    schema: strategyFrontMatterSchema,
    purpose: "the strategy's introduction, vision and principles",
  },
  actions: {
    name: 'actions',
    kind: 'yaml',
    folder: 'actions',
    example: 'stable-homes',
    schema: actionsFileSchema,
    purpose: 'action plan rows, one file per objective',
  },
  meetings: {
    name: 'meetings',
    kind: 'yaml',
    folder: 'meetings',
    example: '2026-01-20-board',
    schema: meetingSchema,
    purpose: 'meetings, one file each',
  },
  scorecards: {
    name: 'scorecards',
    kind: 'yaml',
    folder: 'scorecards',
    example: '2025-26',
    schema: scorecardSchema,
    purpose: 'scorecards, one file per year',
  },
  annualReports: {
    name: 'annual-reports',
    kind: 'mdx',
    folder: 'annual-reports',
    example: '2025-26',
    schema: annualReportFrontMatterSchema,
    purpose: 'annual reports, one file per year',
  },
  youngPeople: {
    name: 'young-people',
    kind: 'mdx',
    folder: 'young-people',
    example: 'stable-homes',
    schema: youngPeopleFrontMatterSchema,
    purpose: 'the young-person edition',
  },
  imports: {
    name: 'imports',
    kind: 'yaml',
    folder: 'imports',
    schema: importMappingSchema,
    purpose: 'how npm run import reads a spreadsheet or statistics file',
  },
} as const satisfies Record<string, ContentType>;
