import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';

describe('password hashing (scrypt)', () => {
  it('stores its parameters and a random salt, and verifies only the right password', async () => {
    const [a, b] = await Promise.all([hashPassword('rätt lösenord', 12), hashPassword('rätt lösenord', 12)]);
    expect(a).toMatch(/^\$scrypt\$ln=12,r=8,p=3\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('rätt lösenord', a)).toBe(true);
    expect(await verifyPassword('fel lösenord', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('verifies with the cost stored in the hash, so a changed setting locks nobody out', async () => {
    const old = await hashPassword('hemligt', 10);
    expect(await verifyPassword('hemligt', old)).toBe(true);
  });

  it('treats a composed and a decomposed å as the same password', async () => {
    const hash = await hashPassword('grå\u00e5', 10);
    expect(await verifyPassword('grå\u0061\u030a', hash)).toBe(true);
  });

  it('refuses a password longer than 200 characters without hashing it', async () => {
    const hash = await hashPassword('x'.repeat(200), 10);
    expect(await verifyPassword('x'.repeat(200), hash)).toBe(true);
    expect(await verifyPassword('x'.repeat(201), hash)).toBe(false);
  });

  it.each(['', 'plaintext', '$scrypt$ln=40,r=8,p=1$c2FsdA==$aGFzaA==', '$argon2id$v=19$m=1,t=1,p=1$x$y'])('rejects the malformed stored hash %j', async (stored) => {
    expect(await verifyPassword('anything', stored)).toBe(false);
  });
});
