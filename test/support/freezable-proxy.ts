import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of a real server (Postgres, Redis) that a test can freeze: while
 * frozen it moves no byte either way and holds new connections, as a hung server or network would.
 */
export class FreezableProxy {
  private readonly server: Server;
  private readonly pairs = new Set<[Socket, Socket]>();
  private frozen = false;
  private waiting: (() => void)[] = [];
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {
    this.server = createServer((client) => {
      const open = () => {
        const upstream = connect(this.target.port, this.target.host);
        const pair: [Socket, Socket] = [client, upstream];
        this.pairs.add(pair);
        client.pipe(upstream).pipe(client);
        const drop = () => {
          this.pairs.delete(pair);
          client.destroy();
          upstream.destroy();
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
      };
      if (this.frozen) this.waiting.push(open);
      else open();
    });
  }

  /** Listens on `port` (a free one when 0): a given port lets a test start the proxy after a client began retrying it. */
  async start(port = 0): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  /** Stops every byte in both directions. */
  freeze(): void {
    this.frozen = true;
    for (const [a, b] of this.pairs) {
      a.pause();
      b.pause();
    }
  }

  /** Lets the held bytes and connections through. */
  thaw(): void {
    this.frozen = false;
    for (const [a, b] of this.pairs) {
      a.resume();
      b.resume();
    }
    for (const open of this.waiting.splice(0)) open();
  }

  async close(): Promise<void> {
    this.thaw();
    for (const [a, b] of this.pairs) {
      a.destroy();
      b.destroy();
    }
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
