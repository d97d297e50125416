import { loadConfig } from '@sextant/config';
import { exitOnStartFailure, runWorkerProcess } from '@sextant/server';

// `pnpm worker`: a worker-only process.
void (async () => runWorkerProcess(loadConfig(process.env)))().catch(exitOnStartFailure);
