import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (password: crypto.BinaryLike, salt: crypto.BinaryLike, keylen: number, options: crypto.ScryptOptions) => Promise<Buffer>;

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
const R = 8;
/**
 * OWASP's scrypt settings are N = 2^17, r = 8, p = 1 or, at equal cost, N = 2^15, r = 8, p = 3: the same work with a
 * quarter of the memory (32 MiB instead of 128 MiB a hash), which matters when many logins arrive at once.
 */
const P = 3;
/** Longer passwords are refused before any hashing: scrypt reads all of its input, and the body may be megabytes. */
export const MAX_PASSWORD_LENGTH = 200;
/** Room for N up to 2^17 with r = 8 (128 · N · r bytes); Node's 32 MiB default is exactly 2^15 and refuses it. */
const MAX_MEMORY = 256 * 1024 * 1024;

/**
 * Hashes a password with scrypt (memory-hard, built into Node: nothing native to build). The string carries its
 * parameters, PHC-style: `$scrypt$ln=15,r=8,p=3$<salt>$<hash>` (base64), so the cost can rise later and old hashes
 * still verify.
 */
export async function hashPassword(password: string, log2N: number): Promise<string> {
  const salt = crypto.randomBytes(SALT_LENGTH);
  const hash = await scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N: 2 ** log2N, r: R, p: P, maxmem: MAX_MEMORY });
  return `$scrypt$ln=${log2N},r=${R},p=${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

const FORMAT = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

/** Compares in constant time; a malformed stored hash simply does not match. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = FORMAT.exec(stored);
  if (!parts) return false;
  const [, ln, r, p, salt, hash] = parts;
  const expected = Buffer.from(hash!, 'base64');
  if (Number(ln) > 17 || Number(r) > 16 || Number(p) > 16 || expected.length === 0) return false;
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  const actual = await scrypt(password.normalize('NFC'), Buffer.from(salt!, 'base64'), expected.length, {
    N: 2 ** Number(ln),
    r: Number(r),
    p: Number(p),
    maxmem: MAX_MEMORY,
  });
  return crypto.timingSafeEqual(actual, expected);
}

/**
 * A hash of nothing anyone knows, verified when the email is unknown so that a wrong address takes as long as a
 * wrong password (no account enumeration by timing).
 */
export const dummyHash = (log2N: number): Promise<string> => hashPassword(crypto.randomBytes(16).toString('hex'), log2N);
