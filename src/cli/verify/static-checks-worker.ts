/**
 * Runs the file checks in a worker thread, so that reading and validating every page does not hold
 * up the browser pass, which needs the main thread free to drive Chromium.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { staticChecks } from './static-checks.ts';

const { site, contentDir } = workerData as { site: string; contentDir: string };
parentPort!.postMessage(await staticChecks(site, contentDir));
