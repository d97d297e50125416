import { spawnSync } from 'node:child_process';
import path from 'node:path';

describe('surviveStrayErrors', () => {
  it('logs an uncaught exception and an unhandled rejection, rate-limited, and the process carries on', () => {
    const script = `
      const { surviveStrayErrors } = require(${JSON.stringify(path.join(__dirname, 'shutdown.util.ts'))});
      surviveStrayErrors((msg, err) => console.log(msg, String(err).split('\\n')[0]), 3);
      setTimeout(() => { throw new Error('boom'); });
      Promise.reject(new Error('nobody awaited this'));
      for (let i = 0; i < 5; i++) setTimeout(() => { throw new Error('again ' + i); }, 20);
      setTimeout(() => { console.log('still serving'); process.exit(0); }, 200);
    `;
    const run = spawnSync(process.execPath, ['-r', path.join(__dirname, '../../../../scripts/register.cjs'), '-e', script], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toEqual([
      'Unhandled promise rejection (a bug: the process carries on): Error: nobody awaited this',
      'Uncaught exception (a bug: the process carries on): Error: boom',
      'Uncaught exception (a bug: the process carries on): Error: again 0',
      'still serving',
    ]);
  });
});
