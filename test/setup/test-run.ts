/** Vitest global set-up: names this run, so each test site is built at most once in it (test/support/test-sites.ts). */
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject): void {
  project.provide('testRun', `${process.pid}-${Date.now()}`);
}
