/**
 * `node scripts/support/cpu-of.ts <command> [args…]`: runs the command, passes on its output and exit
 * code, and writes the CPU seconds it and every process it waited for used (user + system, from
 * /proc/self/stat's cutime and cstime) to file descriptor 3, for `npm test` to print beside each
 * step's time (scripts/test.ts). Wall-clock time on a shared 2-core machine says little; CPU time
 * says what a step costs. Writes nothing where there is no /proc (not Linux).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
if (!command) throw new Error('cpu-of: no command given');
const result = spawnSync(command, args, { stdio: 'inherit' });

/** Linux reports /proc times in clock ticks of 1/100 s (USER_HZ), whatever the kernel's own rate. */
const TICKS_PER_SECOND = 100;
try {
  // The fields after the command's name, which is in brackets and may hold spaces.
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // cutime and cstime are fields 16 and 17 of proc(5); the first here is field 3, the state.
  const ticks = Number(fields[13]) + Number(fields[14]);
  writeSync(3, `${(ticks / TICKS_PER_SECOND).toFixed(1)}\n`);
} catch {
  // No /proc, or no descriptor 3 to write to: the time is only for the report.
}
process.exit(result.status ?? 1);
