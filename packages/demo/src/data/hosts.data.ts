// The machines the demo agents ran on, reported as system info with every trace.
import type { DemoHost } from '../demo-scenario.type';

const GIB = 1024 * 1024 * 1024;

const PYTHON_PACKAGES = {
  openai: '1.54.3',
  anthropic: '0.39.0',
  langgraph: '0.2.45',
  'langchain-core': '0.3.15',
  httpx: '0.27.2',
  numpy: '2.1.3',
  pandas: '2.2.3',
  'sextant-sdk': '0.3.1',
};

export const DEMO_HOSTS = {
  pyProd: {
    osName: 'Linux',
    osVersion: 'Ubuntu 22.04.4 LTS (6.5.0-1022-aws)',
    pythonVersion: '3.11.9',
    hostname: 'ra-worker-prod',
    cpuInfo: { model: 'AMD EPYC 7R13 Processor', arch: 'x86_64', physicalCores: 4, logicalCores: 8 },
    gpuInfo: [],
    diskInfo: { mount: '/', totalBytes: 100 * GIB, freeBytes: 61 * GIB, fsType: 'ext4' },
    memoryTotal: 32 * GIB,
    installedPackages: PYTHON_PACKAGES,
  },
  pyStaging: {
    osName: 'Linux',
    osVersion: 'Debian GNU/Linux 12 (bookworm)',
    pythonVersion: '3.12.4',
    hostname: 'ra-worker-staging',
    cpuInfo: { model: 'Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz', arch: 'x86_64', physicalCores: 2, logicalCores: 4 },
    gpuInfo: [],
    diskInfo: { mount: '/', totalBytes: 50 * GIB, freeBytes: 22 * GIB, fsType: 'ext4' },
    memoryTotal: 16 * GIB,
    installedPackages: { ...PYTHON_PACKAGES, langgraph: '0.2.53', 'sextant-sdk': '0.4.0rc1' },
  },
  pyGpu: {
    osName: 'Linux',
    osVersion: 'Ubuntu 22.04.4 LTS (5.15.0-1063-gcp)',
    pythonVersion: '3.11.9',
    hostname: 'ra-eval-gpu',
    cpuInfo: { model: 'Intel(R) Xeon(R) CPU @ 2.20GHz', arch: 'x86_64', physicalCores: 8, logicalCores: 16 },
    gpuInfo: [{ name: 'NVIDIA L4', memoryTotalBytes: 24 * GIB, driverVersion: '550.90.07', cudaVersion: '12.4' }],
    diskInfo: { mount: '/', totalBytes: 200 * GIB, freeBytes: 143 * GIB, fsType: 'ext4' },
    memoryTotal: 64 * GIB,
    installedPackages: { ...PYTHON_PACKAGES, torch: '2.5.1', 'sentence-transformers': '3.2.1', ragas: '0.2.6' },
  },
  nodeProd: {
    osName: 'Linux',
    osVersion: 'Alpine Linux v3.20',
    runtimeName: 'node',
    runtimeVersion: '22.11.0',
    hostname: 'ra-api-prod',
    cpuInfo: { model: 'AWS Graviton3', arch: 'arm64', physicalCores: 4, logicalCores: 4 },
    gpuInfo: [],
    diskInfo: { mount: '/', totalBytes: 30 * GIB, freeBytes: 19 * GIB, fsType: 'overlay' },
    memoryTotal: 8 * GIB,
    installedPackages: { openai: '4.73.0', '@anthropic-ai/sdk': '0.32.1', '@langchain/langgraph': '0.2.22', zod: '3.23.8', '@sextant/sdk': '0.3.1' },
  },
} satisfies Record<string, DemoHost>;
