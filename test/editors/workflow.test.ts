/**
 * The pull-request workflow: valid YAML of the shape GitHub Actions reads, safe for pull requests
 * from forks, and running the same commands as .ci/run, so that what passes here passes there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { PROJECT_ROOT as ROOT } from '../support/paths.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}

const WORKFLOW_FILE = path.join(ROOT, '.github/workflows/pull-request.yml');
const text = readFileSync(WORKFLOW_FILE, 'utf8');
const workflow = parse(text) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

/** Shell commands of a script, one per line, without comments, `set`, `cd`, `export`, `if`/`fi` and output redirects. */
function commandsOf(script: string): string[] {
  return script
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line && !/^(set|cd|export|if|fi|then|else)\b/.test(line))
    .map((line) =>
      line
        .replace(/^sudo\s+/, '')
        .replace(/^DEBIAN_FRONTEND=\S+\s+/, '')
        .replace(/\s*>\s*\/dev\/null$/, ''),
    );
}

const ciCommands = commandsOf(readFileSync(path.join(ROOT, '.ci/run'), 'utf8'));
const workflowCommands = steps.flatMap((step) => (step.run ? commandsOf(step.run) : []));

describe('the pull-request workflow', () => {
  it('is valid YAML with the fields GitHub Actions needs', () => {
    expect(parseDocument(text).errors).toEqual([]);
    expect(workflow.name).toBeTruthy();
    expect(Object.keys(workflow.jobs).length).toBeGreaterThan(0);
    for (const job of Object.values(workflow.jobs)) {
      expect(job['runs-on']).toMatch(/^ubuntu-/);
      for (const step of job.steps) expect(Boolean(step.uses) !== Boolean(step.run)).toBe(true);
    }
  });

  it('runs on pull_request and never on pull_request_target, with a read-only token', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(text).not.toMatch(/^[^#]*pull_request_target/m);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(text).not.toMatch(/secrets\./);
  });

  it('runs every command of .ci/run, in the same order', () => {
    expect(ciCommands.length).toBeGreaterThan(0);
    // Each command is looked for after the one before, since a command may recur (apt-get update).
    let from = 0;
    const positions = ciCommands.map((command) => {
      const at = workflowCommands.indexOf(command, from);
      if (at !== -1) from = at + 1;
      return at;
    });
    expect(
      positions.filter((p) => p === -1),
      `missing from the workflow: ${ciCommands.filter((_, i) => positions[i] === -1).join('; ')}`,
    ).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('also checks the content and builds the site, then keeps dist/ for preview', () => {
    expect(workflowCommands).toEqual(expect.arrayContaining(['npm run check', 'npm run build']));
    const install = workflowCommands.findIndex((command) => /^npm (ci|install)\b/.test(command));
    expect(install).toBeGreaterThanOrEqual(0);
    expect(workflowCommands.indexOf('npm run check')).toBeGreaterThan(install);
    expect(workflowCommands.indexOf('npm run build')).toBeGreaterThan(workflowCommands.indexOf('npm test'));
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.['path']).toBe('dist/');
    expect(steps.at(-1)).toBe(upload);
  });

  it('pins every action to a full commit SHA, with its version in a comment', () => {
    const uses = text.split('\n').filter((line) => /^\s*(- )?uses:/.test(line));
    expect(uses.length).toBeGreaterThanOrEqual(2);
    for (const line of uses) expect(line).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });
});
