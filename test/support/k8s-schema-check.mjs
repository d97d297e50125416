// Validates Kubernetes manifests (a JSON array on stdin) against the API schemas kubernetes-models
// ships and prints the problems as a JSON array. A separate ES module because those packages ship
// only ES modules, which jest's CommonJS runtime cannot import.
import { readFileSync } from 'node:fs';
import * as monitoringV1 from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';
import * as appsV1 from 'kubernetes-models/apps/v1';
import * as autoscalingV2 from 'kubernetes-models/autoscaling/v2';
import * as batchV1 from 'kubernetes-models/batch/v1';
import * as networkingV1 from 'kubernetes-models/networking.k8s.io/v1';
import * as policyV1 from 'kubernetes-models/policy/v1';
import * as coreV1 from 'kubernetes-models/v1';

const MODELS = {
  v1: coreV1,
  'apps/v1': appsV1,
  'batch/v1': batchV1,
  'autoscaling/v2': autoscalingV2,
  'policy/v1': policyV1,
  'networking.k8s.io/v1': networkingV1,
  'monitoring.coreos.com/v1': monitoringV1,
};

const problems = [];
for (const doc of JSON.parse(readFileSync(0, 'utf8'))) {
  const where = `${doc.kind}/${doc.metadata?.name}`;
  const Model = MODELS[doc.apiVersion]?.[doc.kind];
  if (!Model) problems.push(`${where}: no schema for ${doc.apiVersion} ${doc.kind}`);
  else {
    try {
      new Model(doc).validate();
    } catch (e) {
      problems.push(`${where}: ${e.message}`);
    }
  }
}
process.stdout.write(JSON.stringify(problems));
