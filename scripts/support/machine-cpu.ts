/**
 * The CPU seconds every process on the machine has used since it started (user, nice, system, irq,
 * softirq and steal in /proc/stat), or undefined where there is no /proc (not Linux). `npm test`
 * reads it before and after: the steps' own figures (cpu-of.ts) count only the processes each step
 * waited for, and Chromium's renderers are not among them, so they missed about a third of the
 * suite's work.
 */
import { readFileSync } from 'node:fs';

/** Linux reports /proc times in clock ticks of 1/100 s (USER_HZ), whatever the kernel's own rate. */
const TICKS_PER_SECOND = 100;

export function machineCpuSeconds(): number | undefined {
  try {
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const ticks = [user, nice, system, irq, softirq, steal].reduce<number>((sum, n) => sum + (n ?? 0), 0);
    return Number.isFinite(ticks) ? ticks / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}
