// A real three-master Redis Cluster on loopback, for tests of Sextant on a cluster (REDIS_CLUSTER=true).
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './ports';
import { until } from './wait';

const run = promisify(execFile);

export type RedisCluster = {
  ports: number[];
  /** The three nodes as REDIS_URL lists them with REDIS_CLUSTER=true. */
  url: string;
  /** Runs redis-cli against one node and returns its answer. */
  cli(port: number, ...args: string[]): Promise<string>;
  /** SIGKILLs every node, as an outage of the whole cluster would (their data is gone; the cluster's layout is kept). */
  kill(): Promise<void>;
  /** Starts the killed nodes again on the same ports; resolves once the cluster is whole (cluster_state:ok everywhere). */
  restart(): Promise<void>;
  stop(): Promise<void>;
};

/**
 * Starts three cluster-enabled redis-server processes on free ports, joins them into a cluster of
 * three masters without replicas (redis-cli --cluster create) and resolves once every node reports
 * cluster_state:ok. stop() kills them and removes their folder.
 */
export async function startRedisCluster(): Promise<RedisCluster> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sextant-redis-cluster-'));
  let procs: ChildProcess[] = [];
  const kill = async () => {
    await Promise.all(
      procs.map(async (p) => {
        if (p.exitCode !== null || p.signalCode !== null) return;
        const exited = new Promise((r) => p.once('exit', r));
        p.kill('SIGKILL');
        await exited;
      }),
    );
    procs = [];
  };
  const stop = async () => {
    await kill();
    await rm(dir, { recursive: true, force: true });
  };
  const cli = async (port: number, ...args: string[]) => (await run('redis-cli', ['-p', String(port), ...args])).stdout;
  const startNode = async (port: number) => {
    // The cluster's layout (node ids, slots) lives in nodes-<port>.conf, so a restarted node rejoins.
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--cluster-enabled', 'yes', '--cluster-config-file', path.join(dir, `nodes-${port}.conf`)];
    const p = spawn('redis-server', [...args, '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: ['ignore', 'pipe', 'ignore'] });
    procs.push(p);
    await new Promise<void>((resolve, reject) => {
      let out = '';
      p.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('Ready to accept connections')) resolve();
      });
      p.once('error', reject);
      p.once('exit', (code) => reject(new Error(`redis-server on port ${port} exited with ${code}: ${out}`)));
    });
  };
  const whole = async (ports: number[]) => {
    for (const port of ports)
      await until(
        () => cli(port, 'cluster', 'info'),
        (info) => info.includes('cluster_state:ok'),
        `cluster_state:ok on node ${port}`,
        60_000,
      );
  };
  try {
    const ports: number[] = [];
    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      ports.push(port);
      await startNode(port);
    }
    await run('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes']);
    await whole(ports);
    const restart = async () => {
      for (const port of ports) await startNode(port);
      await whole(ports);
    };
    return { ports, url: ports.map((p) => `redis://127.0.0.1:${p}`).join(','), cli, kill, restart, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
