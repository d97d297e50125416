// The soak test's crash at a size that runs in seconds (test/soak/worker-crash.test.ts runs it at
// 5,000 on both backends). One file per backend, so the two run side by side.
import { describeWorkerCrash } from '../support/worker-crash.scenario';

describeWorkerCrash({ traces: 300, batch: 150, killAfter: 50, timeoutMs: 60_000 }, ['redis']);
