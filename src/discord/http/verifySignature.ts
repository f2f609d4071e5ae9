// Discord's signature on each interaction webhook: Ed25519 over the timestamp header and the raw body, checked with
// Node's own crypto before anything of the request is read.
import { createPublicKey, verify } from 'node:crypto';

/** DER of an Ed25519 SubjectPublicKeyInfo up to the key itself: a raw 32-byte key after it makes an SPKI Node imports. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** A signature older (or further ahead) than this is refused, so that a captured request cannot be replayed later. */
export const MAX_SIGNATURE_AGE_SECONDS = 300;

export interface SignedRequest {
  /** The `X-Signature-Ed25519` header: 128 hex digits. */
  signature: string | undefined;
  /** The `X-Signature-Timestamp` header: Unix time in seconds. */
  timestamp: string | undefined;
  body: Buffer;
}

/**
 * A checker for the application's public key (64 hex digits, the Developer Portal's "Public Key"): true only for a
 * request whose signature is valid and whose timestamp is within MAX_SIGNATURE_AGE_SECONDS of `nowMs`. Discord's
 * "Receiving and Responding" page, "Security and Authorization": an endpoint must refuse what fails with 401.
 */
export function signatureChecker(publicKeyHex: string): (request: SignedRequest, nowMs?: number) => boolean {
  const key = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(publicKeyHex, 'hex')]), format: 'der', type: 'spki' });
  return ({ signature, timestamp, body }, nowMs = Date.now()) => {
    if (!signature || !/^[0-9a-f]{128}$/iu.test(signature) || !timestamp || !/^\d{1,12}$/u.test(timestamp)) return false;
    if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SIGNATURE_AGE_SECONDS) return false;
    return verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, Buffer.from(signature, 'hex'));
  };
}
