import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** Discord gives an endpoint 3 s for its initial response; later than that the interaction has failed. */
const RESPONSE_DEADLINE_MS = 3000;
/** The User-Agent of Discord's interaction POSTs. */
const USER_AGENT = 'Discord-Interactions/1.0 (+https://discord.com)';

export interface SignedHeaders {
  'x-signature-ed25519': string;
  'x-signature-timestamp': string;
}

export interface EndpointAnswer {
  status: number;
  /** The parsed JSON body, undefined when the body is not JSON. */
  json: unknown;
}

/**
 * The emulated application's signing key and Discord's way of POSTing interactions with it: Ed25519 over the
 * timestamp followed by the exact body bytes.
 */
export class HttpDelivery {
  /** The 64 hex characters the developer portal shows as the application's public key. */
  readonly publicKeyHex: string;
  readonly #privateKey: KeyObject;

  constructor() {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    this.#privateKey = privateKey;
    // An Ed25519 SPKI DER is a fixed 12-byte header followed by the 32 raw key bytes.
    this.publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
  }

  /** The headers Discord would send with `body` at `timestamp` (seconds since the epoch). */
  sign(body: Buffer | string, timestamp = Math.floor(Date.now() / 1000)): SignedHeaders {
    const ts = String(timestamp);
    const message = Buffer.concat([Buffer.from(ts), Buffer.isBuffer(body) ? body : Buffer.from(body)]);
    return {
      'x-signature-ed25519': sign(null, message, this.#privateKey).toString('hex'),
      'x-signature-timestamp': ts,
    };
  }

  /** POSTs a payload signed as Discord does; rejects when the endpoint does not answer within Discord's deadline. */
  async post(url: string, body: string, headers: Partial<SignedHeaders> = this.sign(body)): Promise<EndpointAnswer> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT, ...headers },
      body,
      signal: AbortSignal.timeout(RESPONSE_DEADLINE_MS),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, json };
  }
}
