import type { IncomingMessage } from 'node:http';
import type { RequestHandler, Response } from 'express';

/** A request body cut off because it stalled or took too long; the message names the setting. */
class BodyTimeout extends Error {}

/** True when the request announces a body (a length, even 0, or chunked), as body parsers decide. */
const announcesBody = (req: IncomingMessage) => req.headers['transfer-encoding'] !== undefined || req.headers['content-length'] !== undefined;

/**
 * Cuts off a request body that makes no progress for `idleMs`, or is still incomplete `totalMs`
 * after this middleware ran: `answer` writes the protocol's 408, then the connection is closed (the
 * rest of the body can be neither read in time nor skipped), which also ends the body parser waiting
 * on it, so whatever the request holds (an ingest slot) is freed at once. Progress is the socket's:
 * Node's HTTP parser resets the socket's timeout on every byte it reads, without consuming the body.
 */
export function bodyDeadline(opts: { idleMs: number; totalMs: number; answer: (res: Response, message: string) => void }): RequestHandler {
  return (req, res, next) => {
    if (req.complete || !announcesBody(req)) return next();
    const socket = req.socket;
    let armed = true;
    const disarm = () => {
      if (!armed) return;
      armed = false;
      clearTimeout(overall);
      req.off('timeout', onIdle);
      res.off('timeout', onIdle);
      req.off('end', disarm);
      res.off('close', disarm);
      // Once the response is finished Node's keep-alive timeout owns the socket's timeout.
      if (!res.writableEnded && !socket.destroyed) socket.setTimeout(0);
    };
    const cut = (message: string) => {
      // A complete body waiting for its reader (the request is still being worked on) is no stall.
      const stalled = !req.complete;
      disarm();
      if (!stalled) return;
      const err = new BodyTimeout(message);
      if (res.headersSent) return void req.destroy(err);
      res.setHeader('Connection', 'close');
      // Destroyed only once the answer is written: destroying the request closes its socket.
      res.once('finish', () => req.destroy(err));
      opts.answer(res, message);
    };
    const onIdle = () => cut(`No byte of the request body arrived for ${opts.idleMs} ms (BODY_IDLE_TIMEOUT_MS); the request was cut off`);
    const overall = setTimeout(
      () => cut(`The request body was not complete after ${opts.totalMs} ms (BODY_TIMEOUT_MS); the request was cut off`),
      opts.totalMs,
    );
    overall.unref();
    // Node emits 'timeout' on the request only while it is incomplete; a listener on the response
    // keeps Node from destroying the socket when the timeout fires on a complete one.
    req.on('timeout', onIdle);
    res.on('timeout', onIdle);
    req.once('end', disarm);
    res.once('close', disarm);
    socket.setTimeout(opts.idleMs);
    next();
  };
}
