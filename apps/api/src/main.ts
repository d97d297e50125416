import { loadConfig } from '@sextant/config';
import { loadDemoData } from '@sextant/demo';
import { exitOnStartFailure, runApiProcess } from '@sextant/server';

// `pnpm start` (and `pnpm demo`, with --demo): the API, with the worker inside unless RUN_WORKER=false.
void (async () => runApiProcess(loadConfig(process.env), { demo: process.argv.includes('--demo') ? loadDemoData : undefined }))().catch(exitOnStartFailure);
