/**
 * Runs a command as a child process under GNU time, for its wall-clock time and peak memory
 * (maximum resident set size). Fails loudly when the command fails: a benchmark of a failed build
 * would be meaningless.
 */
import { spawnSync } from 'node:child_process';

export interface Measurement {
  seconds: number;
  peakMb: number;
}

const TIME = '/usr/bin/time';
const MARK = 'BENCH-MEASURE';

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Measurement {
  const result = spawnSync(TIME, ['-f', `${MARK} %e %M`, command, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error)
    throw new Error(`Could not run ${TIME}: ${result.error.message}. Install GNU time (apt-get install time).`);
  const line = result.stderr.split('\n').find((text) => text.startsWith(MARK));
  if (result.status !== 0 || !line) {
    throw new Error(
      `${command} ${args.join(' ')} failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-4000)}`,
    );
  }
  const [, seconds, kilobytes] = line.split(' ');
  return { seconds: Number(seconds), peakMb: Number(kilobytes) / 1024 };
}
