import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** DER header of an Ed25519 SubjectPublicKeyInfo: prefixed to the 32 raw key bytes, node:crypto takes it as is. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/** Discord signs `timestamp + body`; a request older (or newer) than this is refused as a possible replay. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export function ed25519PublicKey(hex: string): KeyObject {
  const raw = Buffer.from(hex, 'hex');
  if (raw.length !== 32 || raw.toString('hex') !== hex.toLowerCase()) {
    throw new TypeError('an Ed25519 public key is 32 bytes, i.e. 64 hex characters');
  }
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

export type SignatureCheck = 'valid' | 'missing' | 'stale' | 'invalid';

/**
 * What the headers alone tell (their presence, the timestamp's freshness, the signature's shape): checked before the
 * body is read, so that a request that cannot be valid costs no buffering. 'valid' here means "worth verifying".
 */
export function checkSignatureHeaders(
  headers: { signature: string | undefined; timestamp: string | undefined },
  nowSeconds = Date.now() / 1000,
): SignatureCheck {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp) return 'missing';
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) {
    return 'stale';
  }
  // Buffer.from(…, 'hex') stops at the first non-hex pair: check the shape so garbage can't pass as a prefix.
  return /^[0-9a-fA-F]{128}$/.test(signature) ? 'valid' : 'invalid';
}

/**
 * Checks a request as Discord signs it: Ed25519 over the `X-Signature-Timestamp` header followed by the raw body, the
 * signature in `X-Signature-Ed25519` (hex). Synchronous on purpose: there is no promise to forget to await, the classic
 * way such a check ends up accepting everything.
 */
export function checkSignature(
  key: KeyObject,
  headers: { signature: string | undefined; timestamp: string | undefined },
  body: Buffer,
  nowSeconds = Date.now() / 1000,
): SignatureCheck {
  const shape = checkSignatureHeaders(headers, nowSeconds);
  if (shape !== 'valid') return shape;
  const message = Buffer.concat([Buffer.from(headers.timestamp as string, 'utf8'), body]);
  return verify(null, message, key, Buffer.from(headers.signature as string, 'hex')) ? 'valid' : 'invalid';
}
