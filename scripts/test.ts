/**
 * `npm test`: lint, the type check and every test, side by side rather than one after another, so
 * that on a small machine the checks and the browser tests fill each other's idle time. The test
 * sites start building at once (test/setup/prebuild-sites.ts). Vitest's output is shown as it runs;
 * the other steps' output is shown when they end. Exits 1 if any step fails.
 * Arguments go to Vitest (`npm test -- test/loader` runs those tests, still after lint and the type
 * check, and builds only the sites they ask for).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { machineCpuSeconds } from './support/machine-cpu.ts';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name: string): string => path.join(root, 'node_modules/.bin', name);
// Each step runs under it, which reports the CPU seconds the step used.
const cpuOf = path.join(root, 'scripts/support/cpu-of.ts');
const vitestArgs = process.argv.slice(2);
const env = { ...process.env, CP_TEST_RUN: `${process.pid}-${Date.now()}` };

interface Step {
  name: string;
  command: string;
  args: string[];
  /** Show the output as it comes (Vitest), or keep it for the end. */
  live?: boolean;
  /** A step that supports the others and whose failure the tests report themselves. */
  helper?: boolean;
}

const steps: Step[] = [
  ...(vitestArgs.length === 0
    ? [
        {
          name: 'build the test sites',
          command: process.execPath,
          args: ['test/setup/prebuild-sites.ts'],
          helper: true,
        },
      ]
    : []),
  { name: 'eslint', command: bin('eslint'), args: ['.'] },
  { name: 'prettier', command: bin('prettier'), args: ['--check', '.'] },
  // astro check type-checks every file tsconfig.json includes, .ts as well as .astro, with its
  // strictest options, so a separate `tsc --noEmit` would only repeat it (issue 15).
  { name: 'typecheck', command: 'npm', args: ['run', '--silent', 'typecheck'] },
  { name: 'vitest', command: bin('vitest'), args: ['run', ...vitestArgs], live: true },
];

const started = performance.now();
const machineBefore = machineCpuSeconds();
const seconds = (from: number): string => `${((performance.now() - from) / 1000).toFixed(0)} s`;

const results = await Promise.all(
  steps.map(
    (step) =>
      new Promise<{ step: Step; code: number; output: string; took: string; cpu: number | undefined }>((resolve) => {
        const begun = performance.now();
        const child = spawn(process.execPath, [cpuOf, step.command, ...step.args], {
          cwd: root,
          env,
          stdio: ['ignore', step.live ? 'inherit' : 'pipe', step.live ? 'inherit' : 'pipe', 'pipe'],
        });
        let output = '';
        let cpuReport = '';
        child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stdio[3]?.on('data', (chunk: Buffer) => (cpuReport += chunk.toString()));
        child.on('close', (code) => {
          const cpu = cpuReport.trim() === '' ? undefined : Number(cpuReport);
          const result = { step, code: code ?? 1, output, took: seconds(begun), cpu };
          if (!step.live && (result.code !== 0 || step.name !== 'build the test sites')) {
            const mark = result.code === 0 ? '✓' : '✗';
            console.log(`\n${mark} ${step.name} (${result.took})${result.code === 0 ? '' : `\n${output.trimEnd()}`}`);
          }
          resolve(result);
        });
      }),
  ),
);

const failed = results.filter((r) => r.code !== 0 && !r.step.helper);
const cpu = (r: (typeof results)[number]): string => (r.cpu === undefined ? '' : ` (${r.cpu.toFixed(0)} CPU s)`);
console.log(`\n${results.map((r) => `${r.code === 0 ? '✓' : '✗'} ${r.step.name} ${r.took}${cpu(r)}`).join(', ')}`);
const totalCpu = results.every((r) => r.cpu !== undefined)
  ? `, using ${results.reduce((sum, r) => sum + (r.cpu ?? 0), 0).toFixed(0)} CPU seconds`
  : '';
const machineAfter = machineCpuSeconds();
const machineCpu =
  machineBefore === undefined || machineAfter === undefined
    ? ''
    : ` The machine used ${(machineAfter - machineBefore).toFixed(0)} CPU seconds meanwhile: Chromium's included, which the steps' own figures miss, and anything else it was running.`;
console.log(
  failed.length === 0
    ? `✓ npm test passed in ${seconds(started)}${totalCpu}.${machineCpu}`
    : `✗ npm test failed (${failed.map((r) => r.step.name).join(', ')}) after ${seconds(started)}${totalCpu}.${machineCpu}`,
);
process.exit(failed.length === 0 ? 0 : 1);
