import type { TLang } from '@sigap/contracts';
import type { FastifyRequest } from 'fastify';

/** The caller's language: Indonesian unless the request asks for English first. */
export function requestLang(req: FastifyRequest): TLang {
  const header = req.headers['accept-language'];
  const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase() ?? '';
  if (first.startsWith('en')) return 'en';
  if (first.startsWith('id') || first.startsWith('in')) return 'id';
  return req.actor?.user.language ?? 'id';
}
