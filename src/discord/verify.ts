/**
 * Discord signs every HTTP interaction with the application's Ed25519 key:
 * signature = Ed25519(timestamp + raw body), sent hex-encoded in X-Signature-Ed25519 with
 * the timestamp in X-Signature-Timestamp. Discord probes endpoints with bad signatures and
 * stops sending to one that accepts them, so anything short of a valid signature is refused.
 * The signature also covers the timestamp, which must be within five minutes of now either
 * way: a request captured once cannot be replayed later.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { isFreshTimestamp } from '../http/freshness.js';

/** DER header of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function ed25519PublicKey(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('DISCORD_PUBLIC_KEY must be 64 hex characters (32 bytes)');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

export type Verifier = (body: Buffer, signature: string | undefined, timestamp: string | undefined, nowMs?: number) => boolean;

export function createVerifier(publicKeyHex: string): Verifier {
  const key = ed25519PublicKey(publicKeyHex);
  return (body, signature, timestamp, nowMs) => {
    if (!signature || !timestamp || !/^[0-9a-f]{128}$/i.test(signature)) return false;
    if (!isFreshTimestamp(timestamp, nowMs)) return false;
    try {
      return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
    } catch {
      return false;
    }
  };
}
