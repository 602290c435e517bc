import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { expectData, graphqlRequest } from '@bxl/common/testkit';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { KeyLike } from 'jose';

import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// The gateway accepts an OpenID Connect provider's tokens (issue 14, production sign-in): verified
// against the provider's JWKS, issuer and audience, roles from a nested claim. The provider here is
// a JWKS served on a free port, with a key pair made for this run.
let stack: TestStack;
let jwksServer: Server;
let providerKey: KeyLike;
let strangerKey: KeyLike;
const ISSUER = 'https://login.example.test/realms/brusano';

beforeAll(async () => {
  const provider = await generateKeyPair('RS256');
  providerKey = provider.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = {
    ...(await exportJWK(provider.publicKey)),
    kid: 'provider-1',
    alg: 'RS256',
    use: 'sig',
  };
  jwksServer = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const { port } = jwksServer.address() as AddressInfo;
  stack = await startTestStack({
    syntheticServices: 0,
    oidc: {
      issuer: ISSUER,
      jwksUrl: `http://127.0.0.1:${port}/certs`,
      audience: 'directory',
      rolesClaim: 'realm_access.roles',
      editorRole: 'registry-editor',
      adminRole: 'registry-admin',
    },
  });
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  await new Promise((resolve) => jwksServer?.close(resolve));
});

const token = (
  claims: Record<string, unknown>,
  options: { key?: KeyLike; issuer?: string; audience?: string; expires?: string } = {},
) =>
  new SignJWT({ email: 'editor@brusano.test', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'provider-1' })
    .setSubject('f3a1c2')
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? 'directory')
    .setIssuedAt()
    .setExpirationTime(options.expires ?? '5m')
    .sign(options.key ?? providerKey);

const CHANGES = '{ changes(first: 1) { id } }';
const bearer = (value: string) => ({ authorization: `Bearer ${value}` });

it('accepts the provider’s token with a role from its claim, the subject being the e-mail', async () => {
  const editor = await token({ realm_access: { roles: ['offline_access', 'registry-editor'] } });
  await expectData(stack.gatewayUrl, CHANGES, {}, bearer(editor));
  const { services } = await expectData<{
    services: { edges: { node: { id: string; version: number } }[] };
  }>(stack.gatewayUrl, '{ services(first: 1) { edges { node { id version } } } }');
  const target = services.edges[0]?.node;
  if (!target) {
    throw new Error('no service');
  }
  await expectData(
    stack.gatewayUrl,
    'mutation($id: ID!, $version: Int!) { verify(id: $id, version: $version) { __typename } }',
    target,
    bearer(editor),
  );
  const { service } = await expectData<{ service: { verifiedBy: string } }>(
    stack.gatewayUrl,
    'query($id: ID!) { service(id: $id) { verifiedBy } }',
    { id: target.id },
  );
  expect(service.verifiedBy).toBe('editor@brusano.test');
});

it('gives no role the claim does not name', async () => {
  const nobody = await token({ realm_access: { roles: ['offline_access'] } });
  const answer = await graphqlRequest(stack.gatewayUrl, CHANGES, {}, bearer(nobody));
  expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it('refuses (401) a token of another key, issuer or audience, or an expired one', async () => {
  const roles = { realm_access: { roles: ['registry-admin'] } };
  const refused = [
    await token(roles, { key: strangerKey }),
    await token(roles, { issuer: 'https://elsewhere.example.test' }),
    await token(roles, { audience: 'another-app' }),
    await token(roles, { expires: '-1m' }),
  ];
  for (const value of refused) {
    const answer = await graphqlRequest(stack.gatewayUrl, CHANGES, {}, bearer(value));
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  }
});

it('still accepts the gateway’s own tokens beside the provider’s', async () => {
  await expectData(stack.gatewayUrl, CHANGES, {}, stack.as('editor'));
});
