import { ConnectionBudget, Lagged, LiveStream } from './live.stream';

type Ev = { id: string };
const ev = (id: string): Ev => ({ id });

const make = (budget = new ConnectionBudget(100), opts: ConstructorParameters<typeof LiveStream<Ev>>[1] = {}) =>
  new LiveStream<Ev>(budget, { cursorOf: (e) => e.id, ...opts });

/** Takes `n` results, each reduced to the event's id, 'LAG:<resumeFrom>' or 'DONE'. */
async function take(s: LiveStream<Ev>, n: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = await s.next();
    out.push(r.done ? 'DONE' : r.value instanceof Lagged ? `LAG:${r.value.resumeFrom}` : r.value.id);
  }
  return out;
}

/** True when `p` is settled after the microtask queue has drained. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setImmediate(r));
  return done;
}

describe('LiveStream', () => {
  it('queues events pushed before next() and hands them out in order', async () => {
    const s = make();
    expect(s.push(ev('a'))).toBe(true);
    expect(s.push(ev('b'))).toBe(true);
    expect(s.push(ev('c'))).toBe(true);
    expect(await take(s, 3)).toEqual(['a', 'b', 'c']);
  });

  it('hands a push to a waiting next() at once, without queueing it', async () => {
    const budget = new ConnectionBudget(5);
    const s = make(budget);
    const pending = s.next();
    expect(await settled(pending)).toBe(false);
    expect(s.push(ev('x'))).toBe(true);
    expect(budget.used).toBe(0);
    expect(await pending).toEqual({ value: ev('x'), done: false });
  });

  it('counts the queued events of all streams of a connection in one budget', async () => {
    const budget = new ConnectionBudget(10);
    const s1 = make(budget);
    const s2 = make(budget);
    s1.push(ev('a1'));
    s2.push(ev('b1'));
    s2.push(ev('b2'));
    expect(budget.used).toBe(3);
    expect(await take(s1, 1)).toEqual(['a1']);
    expect(budget.used).toBe(2);
    s1.push(ev('a2'));
    expect(budget.used).toBe(3);
    // Returning a stream gives back what it still held.
    await s2.return();
    expect(budget.used).toBe(1);
    s1.end();
    expect(await take(s1, 2)).toEqual(['a2', 'DONE']);
    expect(budget.used).toBe(0);
  });

  describe('when the budget is full', () => {
    it('refuses the push, drops the queue and yields one Lagged with the last delivered cursor, then is done', async () => {
      const budget = new ConnectionBudget(2);
      const onClose = jest.fn();
      const s = make(budget, { onClose });
      s.push(ev('a'));
      expect(await take(s, 1)).toEqual(['a']);
      expect(s.push(ev('b'))).toBe(true);
      expect(s.push(ev('c'))).toBe(true);
      expect(budget.used).toBe(2);
      expect(s.push(ev('d'))).toBe(false);
      // The undelivered events are dropped (the subscriber resumes from its cursor) and free the budget.
      expect(budget.used).toBe(0);
      const r = await s.next();
      expect(r.done).toBe(false);
      expect(r.value).toBeInstanceOf(Lagged);
      expect((r.value as Lagged).resumeFrom).toBe('a');
      expect(await take(s, 2)).toEqual(['DONE', 'DONE']);
      expect(onClose).toHaveBeenCalledTimes(1);
      expect(s.closed).toBe(true);
    });

    it('refuses every push after lagging', async () => {
      const budget = new ConnectionBudget(1);
      const s = make(budget);
      s.push(ev('a'));
      expect(s.push(ev('b'))).toBe(false);
      expect(s.push(ev('c'))).toBe(false);
      expect(s.push(ev('d'), true)).toBe(false);
      expect(budget.used).toBe(0);
      expect(await take(s, 2)).toEqual(['LAG:null', 'DONE']);
    });

    it('resumes from null when nothing was delivered yet', async () => {
      const s = make(new ConnectionBudget(1));
      s.push(ev('a'));
      s.push(ev('b'));
      const all: unknown[] = [];
      for await (const x of s) all.push(x);
      expect(all).toEqual([new Lagged(null)]);
    });

    it('resumes from an event handed straight to a waiting next()', async () => {
      const s = make(new ConnectionBudget(1));
      const pending = s.next();
      s.push(ev('direct'));
      await pending;
      s.push(ev('b'));
      expect(s.push(ev('c'))).toBe(false);
      expect(await take(s, 2)).toEqual(['LAG:direct', 'DONE']);
    });

    it('lags the stream that pushes when another stream of the connection fills the budget', async () => {
      const budget = new ConnectionBudget(2);
      const full = make(budget);
      const other = make(budget);
      full.push(ev('f1'));
      full.push(ev('f2'));
      expect(other.push(ev('o1'))).toBe(false);
      expect(await take(other, 2)).toEqual(['LAG:null', 'DONE']);
      // The stream that holds the budget is untouched.
      expect(budget.used).toBe(2);
      expect(await take(full, 2)).toEqual(['f1', 'f2']);
      expect(budget.used).toBe(0);
    });

    it('still hands a push to a waiting next() (nothing is buffered)', async () => {
      const budget = new ConnectionBudget(1);
      const other = make(budget);
      other.push(ev('o1'));
      const s = make(budget);
      const pending = s.next();
      expect(s.push(ev('x'))).toBe(true);
      expect((await pending).value).toEqual(ev('x'));
    });
  });

  it('never lags on backlog events, even over the budget', async () => {
    const budget = new ConnectionBudget(1);
    const s = make(budget);
    expect(s.push(ev('b1'), true)).toBe(true);
    expect(s.push(ev('b2'), true)).toBe(true);
    expect(s.push(ev('b3'), true)).toBe(true);
    expect(budget.used).toBe(3);
    expect(await take(s, 3)).toEqual(['b1', 'b2', 'b3']);
    expect(budget.used).toBe(0);
    expect(s.push(ev('live'))).toBe(true);
    expect(await take(s, 1)).toEqual(['live']);
  });

  describe('catchUp', () => {
    it('reads pages lazily, again while they answer false, and never once one answers true', async () => {
      const s = make();
      const pages = [['b1', 'b2'], ['b3'], ['b4']];
      let calls = 0;
      const page = jest.fn(async () => {
        const ids = pages[calls++];
        for (const id of ids) s.push(ev(id), true);
        return calls === 2;
      });
      s.catchUp(page);
      expect(page).not.toHaveBeenCalled();
      expect(await take(s, 1)).toEqual(['b1']);
      expect(page).toHaveBeenCalledTimes(1);
      // The queue is not empty: no page is read.
      expect(await take(s, 1)).toEqual(['b2']);
      expect(page).toHaveBeenCalledTimes(1);
      expect(await take(s, 1)).toEqual(['b3']);
      expect(page).toHaveBeenCalledTimes(2);
      // Caught up: the next event is a live one, and no page is read for it.
      const pending = s.next();
      expect(await settled(pending)).toBe(false);
      s.push(ev('live'));
      expect((await pending).value).toEqual(ev('live'));
      expect(page).toHaveBeenCalledTimes(2);
    });

    it('reads the next page at once when one queues nothing but is not caught up', async () => {
      const s = make();
      let calls = 0;
      const page = jest.fn(async () => {
        calls++;
        if (calls < 3) return false;
        s.push(ev('b'), true);
        return true;
      });
      s.catchUp(page);
      expect(await take(s, 1)).toEqual(['b']);
      expect(page).toHaveBeenCalledTimes(3);
    });

    it('delivers live events pushed during the catch-up after the backlog queued before them', async () => {
      const s = make();
      let calls = 0;
      s.catchUp(async () => {
        calls++;
        if (calls === 1) {
          s.push(ev('b1'), true);
          s.push(ev('b2'), true);
          return false;
        }
        // As the feeds do: the last page, then the live events kept back while it was read.
        s.push(ev('b3'), true);
        s.push(ev('kept'));
        return true;
      });
      expect(await take(s, 1)).toEqual(['b1']);
      s.push(ev('live1'));
      expect(await take(s, 4)).toEqual(['b2', 'live1', 'b3', 'kept']);
      s.push(ev('live2'));
      expect(await take(s, 1)).toEqual(['live2']);
      expect(calls).toBe(2);
    });

    it('lets a page end the stream, after what it queued', async () => {
      const s = make();
      s.catchUp(async () => {
        s.push(ev('b1'), true);
        s.end();
        return true;
      });
      expect(await take(s, 3)).toEqual(['b1', 'DONE', 'DONE']);
    });
  });

  describe('return', () => {
    it('resolves a pending next() with done, closes once and frees the budget', async () => {
      const budget = new ConnectionBudget(10);
      const onClose = jest.fn();
      const s = make(budget, { onClose });
      const pending = s.next();
      expect(await s.return()).toEqual({ value: undefined, done: true });
      expect(await pending).toEqual({ value: undefined, done: true });
      expect(onClose).toHaveBeenCalledTimes(1);
      await s.return();
      s.end();
      expect(onClose).toHaveBeenCalledTimes(1);
      expect(s.closed).toBe(true);
      expect(s.push(ev('late'))).toBe(false);
      expect(budget.used).toBe(0);
    });

    it('drops the queued events and gives their budget back', async () => {
      const budget = new ConnectionBudget(10);
      const onClose = jest.fn();
      const s = make(budget, { onClose });
      s.push(ev('a'));
      s.push(ev('b'), true);
      expect(budget.used).toBe(2);
      await s.return();
      expect(budget.used).toBe(0);
      expect(onClose).toHaveBeenCalledTimes(1);
      expect(await take(s, 1)).toEqual(['DONE']);
    });

    it('is what breaking out of for-await calls', async () => {
      const onClose = jest.fn();
      const s = make(new ConnectionBudget(10), { onClose });
      s.push(ev('a'));
      s.push(ev('b'));
      for await (const x of s) {
        expect(x).toEqual(ev('a'));
        break;
      }
      expect(onClose).toHaveBeenCalledTimes(1);
      expect(s.closed).toBe(true);
    });
  });

  it('throw() closes the stream and rejects with the error', async () => {
    const onClose = jest.fn();
    const s = make(new ConnectionBudget(10), { onClose });
    const boom = new Error('boom');
    await expect(s.throw(boom)).rejects.toBe(boom);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(await take(s, 1)).toEqual(['DONE']);
  });

  describe('end', () => {
    it('finishes after the queued events', async () => {
      const onClose = jest.fn();
      const s = make(new ConnectionBudget(10), { onClose });
      s.push(ev('a'));
      s.push(ev('b'));
      s.end();
      expect(onClose).not.toHaveBeenCalled();
      expect(await take(s, 3)).toEqual(['a', 'b', 'DONE']);
      expect(onClose).toHaveBeenCalledTimes(1);
    });

    it('resolves a waiting next() with done at once', async () => {
      const onClose = jest.fn();
      const s = make(new ConnectionBudget(10), { onClose });
      const pending = s.next();
      s.end();
      expect(await pending).toEqual({ value: undefined, done: true });
      expect(onClose).toHaveBeenCalledTimes(1);
      expect(s.push(ev('late'))).toBe(false);
    });

    it('still yields the Lagged of a lagged stream', async () => {
      const s = make(new ConnectionBudget(1));
      s.push(ev('a'));
      s.push(ev('b'));
      s.end();
      expect(await take(s, 2)).toEqual(['LAG:null', 'DONE']);
    });
  });

  it('runs beforeEach once for each event handed out, queued or direct, and not for Lagged or done', async () => {
    const beforeEach = jest.fn();
    const s = make(new ConnectionBudget(2), { beforeEach });
    s.push(ev('a'));
    s.push(ev('b'));
    expect(beforeEach).not.toHaveBeenCalled();
    await take(s, 2);
    expect(beforeEach).toHaveBeenCalledTimes(2);
    const pending = s.next();
    s.push(ev('c'));
    await pending;
    expect(beforeEach).toHaveBeenCalledTimes(3);
    s.push(ev('d'));
    s.push(ev('e'));
    s.push(ev('f')); // lags
    expect(await take(s, 2)).toEqual(['LAG:c', 'DONE']);
    expect(beforeEach).toHaveBeenCalledTimes(3);
  });

  it('runs beforeEach before the event reaches the subscriber', async () => {
    const order: string[] = [];
    const s = make(new ConnectionBudget(5), { beforeEach: () => order.push('beforeEach') });
    s.push(ev('a'));
    const r = await s.next();
    order.push(`got ${(r.value as Ev).id}`);
    expect(order).toEqual(['beforeEach', 'got a']);
  });
});
