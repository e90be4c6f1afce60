import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Fault, FaultPlan } from './faults.js';

/** A raw HTTP/1.1 head, for answers that must misbehave below the framework. */
function head(status: number, headers: Readonly<Record<string, string | number>>): string {
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return [`HTTP/1.1 ${status} X`, ...lines, '', ''].join('\r\n');
}

async function realAnswer(app: FastifyInstance, request: FastifyRequest) {
  const headers = { ...request.headers, 'x-oo-crm-no-fault': '1' };
  return app.inject({ method: request.method as 'GET', url: request.url, headers });
}

async function apply(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  fault: Fault,
): Promise<void> {
  const socket = request.raw.socket;
  switch (fault.kind) {
    case 'respond':
      reply.code(fault.status).headers(fault.headers ?? {});
      await reply.send(fault.body ?? '');
      return;
    case 'reset':
      reply.hijack();
      socket.resetAndDestroy();
      return;
    case 'hang':
      reply.hijack();
      return;
    case 'stall':
    case 'truncate': {
      reply.hijack();
      const real = await realAnswer(app, request);
      const body = real.rawPayload;
      const sent =
        fault.kind === 'stall'
          ? body.subarray(0, fault.bytes ?? Math.floor(body.length / 2))
          : body.subarray(0, Math.floor(body.length / 2));
      socket.write(
        head(real.statusCode, {
          'content-type': String(real.headers['content-type']),
          'content-length': body.length,
        }),
      );
      socket.write(sent);
      if (fault.kind === 'truncate') socket.end();
      return;
    }
    case 'oversize': {
      reply.hijack();
      const declared = fault.declared ?? true;
      const length: Record<string, string | number> = declared
        ? { 'content-length': fault.bytes }
        : { 'transfer-encoding': 'chunked' };
      socket.write(head(200, { 'content-type': 'application/json; charset=utf-8', ...length }));
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let left = fault.bytes;
      // Written with backpressure, so a client that stops reading stops the server too.
      while (left > 0 && !socket.destroyed) {
        const piece = chunk.subarray(0, Math.min(left, chunk.length));
        const frame = declared
          ? piece
          : Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]);
        left -= piece.length;
        if (!socket.write(frame))
          await new Promise((resolve) => socket.once('drain', resolve).once('close', resolve));
      }
      if (!declared && !socket.destroyed) socket.write('0\r\n\r\n');
      socket.end();
      return;
    }
  }
}

/** What the portal records of each request in test mode. */
export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** Serves planned faults before any route runs, and records every request (test mode only). */
export function injectFaults(app: FastifyInstance, plan: FaultPlan, received: ReceivedRequest[]): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.headers['x-oo-crm-no-fault'] !== undefined) return;
    received.push({ method: request.method, url: request.url, headers: { ...request.headers } });
    const fault = plan.take(request.url.split('?')[0] ?? '');
    if (!fault) return;
    await apply(app, request, reply, fault);
    return reply;
  });
}
