import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Actor } from '@orbita/auth';
import { testActorKeys } from '@orbita/testing';
import { ActorSigner, ActorVerifier, InvalidActorTokenError } from './actor-token';

describe('signed actors', () => {
  const actor: Actor = {
    userId: '5e3a0c1e-0000-4000-8000-000000000001',
    role: 'teacher',
    schoolId: '5e3a0c1e-0000-4000-8000-000000000002',
  };
  const subject = 'p1.registry.list.people';

  it('take the keys as PEM or as JWK', async () => {
    const { signingKey, verifyKey } = testActorKeys();
    const jwk = (pem: string, create: (pem: string) => KeyObject) =>
      JSON.stringify(create(pem).export({ format: 'jwk' }));
    const token = await ActorSigner.fromKey(jwk(signingKey, createPrivateKey)).sign(actor, subject);
    await expect(ActorVerifier.fromKey(verifyKey).verify(token, subject)).resolves.toMatchObject(actor);
    await expect(
      ActorVerifier.fromKey(jwk(verifyKey, createPublicKey)).verify(token, subject),
    ).resolves.toMatchObject(actor);
  });

  it('refuse keys that are not Ed25519 or not the right half, so that a misconfigured app does not start', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(() =>
      ActorSigner.fromKey(rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()),
    ).toThrow(/Ed25519/);
    expect(() => ActorSigner.fromKey(testActorKeys().verifyKey)).toThrow(/neither PEM nor a JWK/);
    expect(() => ActorVerifier.fromKey('orbita-dev-key')).toThrow(/neither PEM nor a JWK/);
  });

  it('refuse a token for another subject or with no token at all', async () => {
    const token = await ActorSigner.fromKey(testActorKeys().signingKey).sign(actor, subject);
    const verifier = ActorVerifier.fromKey(testActorKeys().verifyKey);
    await expect(verifier.verify(token, 'p1.registry.delete.person')).rejects.toBeInstanceOf(
      InvalidActorTokenError,
    );
    await expect(verifier.verify(undefined, subject)).rejects.toThrow('the request carries no actor');
  });
});
