/**
 * Runs a command as a child process under GNU time, for its wall-clock time, its CPU time and the
 * peak memory (maximum resident set size) of the largest process it ran. Fails loudly when the
 * command fails: a benchmark of a failed build would be meaningless.
 */
import { spawnSync } from 'node:child_process';

export interface Measurement {
  /** Wall-clock seconds, what a user waits. */
  seconds: number;
  /** User plus system CPU seconds of the command and everything it ran. */
  cpuSeconds: number;
  /** The largest resident set size of any one of its processes, in MB. */
  peakMb: number;
}

const TIME = '/usr/bin/time';
const MARK = 'BENCH-MEASURE';
const INSTALL_HINT =
  'The bench needs GNU time at /usr/bin/time for peak memory. Install it with "apt-get install time" ' +
  "(Debian, Ubuntu) or your system's package manager, then run npm run bench again.";

/** Stops the bench at the start, with the way to fix it, when GNU time is missing or is not GNU's. */
export function requireGnuTime(): void {
  const probe = spawnSync(TIME, ['-f', `${MARK} %e %U %S %M`, 'true'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0 || !probe.stderr.includes(MARK)) {
    const found = probe.error ? `${TIME} was not found` : `${TIME} is not GNU time (it does not take -f)`;
    console.error(`✗ ${found}. ${INSTALL_HINT}`);
    process.exit(1);
  }
}

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Measurement {
  const result = spawnSync(TIME, ['-f', `${MARK} %e %U %S %M`, command, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`Could not run ${TIME}: ${result.error.message}. ${INSTALL_HINT}`);
  const line = result.stderr.split('\n').find((text) => text.startsWith(MARK));
  if (result.status !== 0 || !line) {
    throw new Error(
      `${command} ${args.join(' ')} failed (in ${options.cwd}):\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-4000)}`,
    );
  }
  const [, seconds, user, system, kilobytes] = line.split(' ');
  return {
    seconds: Number(seconds),
    cpuSeconds: Number(user) + Number(system),
    peakMb: Number(kilobytes) / 1024,
  };
}
