import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as complaints from './complaints';
import * as root from './index';
import { ZText } from './input';
import * as investmentControl from './investment-control';
import { requestSchemaProblems } from './request-guard';
import * as satisfaction from './satisfaction';
import * as serviceRequests from './service-requests';

/** Every export: the shared barrel and each module's own entry point (`@sigap/contracts/complaints`, …). */
const contracts = { ...root, ...complaints, ...serviceRequests, ...satisfaction, ...investmentControl };

/**
 * Response shapes whose names read like requests: an input request and a service request are
 * records of their own (`ZServiceRequest` as the office reads one, `ZPublicServiceRequest` as its
 * tracking page shows it).
 */
const NOT_REQUESTS = new Set(['ZInputRequest', 'ZServiceRequest', 'ZPublicServiceRequest']);

describe('requestSchemaProblems', () => {
  it('finds bare strings, unchecked dates, unbounded numbers and free values, wherever they sit', () => {
    const schema = z.object({
      a: z.string(),
      b: z.array(z.object({ c: z.iso.date().optional() })),
      d: z.preprocess((v) => v, z.coerce.number().int()),
      e: z.discriminatedUnion('t', [z.object({ t: z.literal('x'), f: z.record(z.string(), z.unknown()) })]),
      g: z.looseObject({ h: ZText }),
      i: z.url(),
    });
    expect(requestSchemaProblems(schema, 'body').map((p) => p.split(':')[0])).toEqual([
      'body.a',
      'body.b[].c',
      'body.d',
      'body.e.f{key}',
      'body.e.f.*',
      'body.g.*',
      'body.i',
    ]);
  });

  it('passes every request schema the contracts export', () => {
    const requests = Object.entries(contracts).filter(
      ([name, value]) =>
        /^Z\w+(Request|Query|Fields|Params|Action)$/.test(name) &&
        !NOT_REQUESTS.has(name) &&
        value instanceof z.ZodType,
    );
    expect(requests.length).toBeGreaterThan(30);
    for (const [name, schema] of requests)
      expect(requestSchemaProblems(schema as z.ZodType), name).toEqual([]);
  });
});
