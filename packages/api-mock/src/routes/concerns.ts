import {
  Challenge,
  ConcernReceipt,
  ConcernReference,
  ConcernStatus,
  ConcernSubmission,
  formatBerlinIso,
  toFieldErrors,
  type ConcernStatus as ConcernStatusT,
} from '@kommunaldialog/sdk';
import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { jsonResponse, type MockEnv, type RouteContext } from '../context.js';
import { invalid, problem } from '../http/problem.js';
import { parseQuery } from '../http/query.js';
import { submission } from './submission.js';

/** How long a challenge can be solved and submitted. */
export const CHALLENGE_TTL_MS = 20 * 60 * 1000;

const NoQuery = z.strictObject({});
const Solution = z.object({
  algorithm: z.literal('SHA-256'),
  challenge: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  number: z.number().check(z.int(), z.gte(0)),
  salt: z.string().check(z.maxLength(500)),
  signature: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

const challengeError = (code: 'challenge_invalid' | 'challenge_expired' | 'too_fast', message: string, path = 'proofOfWork') =>
  invalid(422, [{ path, code, message }], message);

/**
 * Checks the proof of work: a solution of a challenge this API signed, not expired, not used
 * before, and not submitted sooner than `minFillMs` after the challenge was issued.
 */
async function verifyProofOfWork(ctx: RouteContext, proof: string): Promise<{ signature: string; expiresAt: number }> {
  let decoded: unknown;
  try {
    decoded = JSON.parse(atob(proof));
  } catch {
    throw challengeError('challenge_invalid', 'The proof of work cannot be read.');
  }
  const solution = Solution.safeParse(decoded);
  // The expiry is checked below against the mock's own clock, which tests can move.
  if (!solution.success || !(await verifySolution(solution.data, ctx.hmacKey, false))) {
    throw challengeError('challenge_invalid', 'The proof of work is not a valid solution of a challenge from this API.');
  }
  const params = extractParams(solution.data);
  const expiresAt = Number(params.expires) * 1000;
  const issuedAt = Number(params.issued);
  const now = ctx.now().getTime();
  // Used signatures only need remembering while their challenge could still pass.
  ctx.store.deleteChallengesBefore(now);
  if (!Number.isFinite(expiresAt) || !Number.isFinite(issuedAt)) {
    throw challengeError('challenge_invalid', 'The challenge lacks its issue or expiry time.');
  }
  if (expiresAt < now) throw challengeError('challenge_expired', 'The challenge has expired. Fetch a new one.');
  if (ctx.store.isChallengeUsed(solution.data.signature)) {
    throw challengeError('challenge_invalid', 'This challenge has already been used. Fetch a new one.');
  }
  if (now - issuedAt < ctx.minFillMs) {
    throw challengeError('too_fast', 'The form was sent too quickly after it was opened. Please check it and send it again.', '');
  }
  return { signature: solution.data.signature, expiresAt };
}

function nextReference(ctx: RouteContext, createdAt: string): string {
  const year = Number(createdAt.slice(0, 4));
  const n = ctx.store.nextSequence(`concern-${String(year)}`, ctx.data().sequenceFloor.get(year) ?? 0);
  return `KD-${String(year)}-${String(n).padStart(6, '0')}`;
}

export function concernRoutes(app: Hono<MockEnv>, ctx: RouteContext): void {
  app.get('/challenge', async (c) => {
    parseQuery(NoQuery, new URL(c.req.url));
    const issued = ctx.now().getTime();
    const challenge = await createChallenge({
      hmacKey: ctx.hmacKey,
      maxnumber: ctx.powMaxNumber,
      expires: new Date(issued + CHALLENGE_TTL_MS),
      params: { issued: String(issued) },
    });
    return jsonResponse(Challenge, challenge, { headers: { 'cache-control': 'no-store' } });
  });

  app.post('/concerns', (c) =>
    submission(c, ctx, async (body) => {
      const parsed = ConcernSubmission.safeParse(body, { reportInput: true });
      if (!parsed.success) throw invalid(422, toFieldErrors(parsed.error.issues));
      const concern = parsed.data;
      const data = ctx.data();
      const unknown = [
        ...(data.municipalityById.has(concern.municipality) ? [] : [{ path: 'municipality', code: 'invalid_value', message: 'Unknown municipality.' }]),
        ...(data.topicById.has(concern.topic) ? [] : [{ path: 'topic', code: 'invalid_value', message: 'Unknown topic.' }]),
      ];
      if (unknown.length > 0) throw invalid(422, unknown);

      const createdAt = formatBerlinIso(ctx.now());
      if (concern.website !== undefined && concern.website !== '') {
        // A bot filled in the hidden field: it gets a receipt that looks real, and nothing is kept.
        const year = Number(createdAt.slice(0, 4));
        const n = Math.max(ctx.data().sequenceFloor.get(year) ?? 0, ctx.store.countConcerns()) + 1;
        const receipt = { reference: `KD-${String(year)}-${String(n).padStart(6, '0')}`, status: 'received', createdAt };
        return { response: jsonResponse(ConcernReceipt, receipt, { status: 201 }), stored: false };
      }

      const { signature, expiresAt } = await verifyProofOfWork(ctx, concern.proofOfWork);
      // Nothing awaits from here on: the challenge cannot be spent twice by parallel requests.
      if (!ctx.store.useChallenge(signature, expiresAt)) {
        throw challengeError('challenge_invalid', 'This challenge has already been used. Fetch a new one.');
      }
      const reference = nextReference(ctx, createdAt);
      const status: ConcernStatusT = {
        reference,
        municipality: concern.municipality,
        kind: concern.kind,
        topic: concern.topic,
        status: 'received',
        createdAt,
        timeline: [{ status: 'received', at: createdAt }],
      };
      const response = jsonResponse(
        ConcernReceipt,
        { reference, status: 'received', createdAt },
        { status: 201, headers: { location: `${new URL(c.req.url).pathname}/${reference}` } },
      );
      ctx.store.insertConcern({ reference, submission: concern, status });
      return { response, stored: true };
    }),
  );

  app.get('/concerns/:reference', (c) => {
    parseQuery(NoQuery, new URL(c.req.url));
    const reference = c.req.param('reference');
    if (!ConcernReference.safeParse(reference).success) {
      throw invalid(400, [{ path: 'reference', code: 'invalid_format', message: 'A reference looks like KD-2026-000123.' }], 'The reference is malformed.');
    }
    const status = ctx.data().concernByReference.get(reference) ?? ctx.store.getConcern(reference)?.status;
    if (!status) throw problem({ status: 404, code: 'not_found', detail: `There is no concern ${reference}.` });
    return jsonResponse(ConcernStatus, status);
  });
}
