// Full size: 5,000 metric jobs per backend, the first worker SIGKILLed after 800 of them.
import { describeWorkerCrash } from '../support/worker-crash.scenario';

describeWorkerCrash({ traces: 5000, batch: 500, killAfter: 800, timeoutMs: 240_000 });
