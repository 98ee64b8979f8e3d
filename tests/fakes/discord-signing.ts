/**
 * Signs requests the way Discord does (Ed25519 over timestamp + raw body), with a key pair
 * made for the run. The one signer of the tests and the bench.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export interface SigningKey {
  /** 64 hex characters, as DISCORD_PUBLIC_KEY. */
  publicKeyHex: string;
  privateKey: KeyObject;
}

export function signingKey(): SigningKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return { publicKeyHex: der.subarray(der.length - 32).toString('hex'), privateKey };
}

export function signedHeaders(key: SigningKey, body: string, timestamp = String(Math.floor(Date.now() / 1000))): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-signature-timestamp': timestamp,
    'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), key.privateKey).toString('hex'),
  };
}
