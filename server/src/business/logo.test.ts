import { createCanvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { AdminRole } from '../auth/roles';
import { errorCode, ok, signedInAdmin, startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer({ BUSINESS_NAME: 'Green Thumbs', PUBLIC_BASE_URL: 'https://desk.example' });
  token = await server.login();
});
afterAll(() => server?.close());

/** A real image of `width` × `height` pixels, encoded by a real encoder. */
async function image(type: 'png' | 'jpeg', width = 40, height = 20): Promise<Buffer> {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#2f9e44';
  context.fillRect(0, 0, width, height);
  return type === 'png' ? canvas.encode('png') : canvas.encode('jpeg');
}

const upload = (logo: string | null) =>
  server.gql(
    `mutation($input: BusinessSettingsInput!) { updateBusinessSettings(input: $input) { logoUrl name } }`,
    { input: { logo, name: 'Should not be saved unless the logo is' } },
    token,
  );
const settings = async () =>
  ok(await server.gql(`{ businessSettings { logoUrl name } }`, {}, token))['businessSettings'];
const fetchLogo = (path = '/business/logo') => fetch(`${server.url}${path}`);

it('stores an uploaded PNG and serves it, as what its bytes are, with nosniff and a CSP that runs nothing', async () => {
  expect((await fetchLogo()).status).toBe(404);
  const png = await image('png');
  const saved = ok(await upload(png.toString('base64')))['updateBusinessSettings'];
  expect(saved.logoUrl).toBe('https://desk.example/business/logo?v=1');
  const response = await fetchLogo(new URL(saved.logoUrl).pathname + new URL(saved.logoUrl).search);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
  expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);
});

it('serves a JPEG sent as a PNG data: URL as a JPEG (its own bytes decide), and a new upload changes the address', async () => {
  const jpeg = await image('jpeg');
  const saved = ok(await upload(`data:image/png;base64,${jpeg.toString('base64')}`))['updateBusinessSettings'];
  expect(saved.logoUrl).toBe('https://desk.example/business/logo?v=2');
  const response = await fetchLogo();
  expect(response.headers.get('content-type')).toBe('image/jpeg');
  expect(Buffer.from(await response.arrayBuffer()).equals(jpeg)).toBe(true);
});

/** A PNG whose header declares `width` × `height`, however few pixels follow: never decoded, so refused by what it says. */
async function pngDeclaring(width: number, height: number): Promise<Buffer> {
  const png = await image('png', 4, 4);
  png.writeUInt32BE(width, 16); // IHDR: width, then height, right after the signature and chunk header
  png.writeUInt32BE(height, 20);
  return png;
}

it.each([
  [
    'a GIF',
    async () => Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'),
    'PNG or JPEG',
  ],
  [
    'an SVG named as a PNG',
    async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    'PNG or JPEG',
  ],
  ['HTML', async () => Buffer.from('<!doctype html><script>alert(1)</script>'), 'PNG or JPEG'],
  ['a PNG over 512 KB', async () => Buffer.concat([await image('png'), Buffer.alloc(512 * 1024)]), '512 KB'],
  ['a PNG declaring 2001 × 10 pixels', () => pngDeclaring(2001, 10), '2000 × 2000'],
  ['a PNG declaring 100000 × 100000 pixels', () => pngDeclaring(100_000, 100_000), '2000 × 2000'],
  ['a JPEG of 10 × 2001 pixels', () => image('jpeg', 10, 2001), '2000 × 2000'],
])('refuses %s with BAD_USER_INPUT naming `logo`, and changes nothing', async (_, bytes, message) => {
  const before = await settings();
  const served = Buffer.from(await (await fetchLogo()).arrayBuffer());
  const refused = await upload((await bytes()).toString('base64'));
  expect(errorCode(refused)).toBe('BAD_USER_INPUT');
  expect(refused.errors?.[0]?.extensions['field']).toBe('logo');
  expect(refused.errors?.[0]?.message).toContain(message);
  expect(await settings()).toEqual(before);
  expect(Buffer.from(await (await fetchLogo()).arrayBuffer()).equals(served)).toBe(true);
});

it('refuses text that is not base64', async () => {
  const refused = await upload('not base64 at all!');
  expect(refused.errors?.[0]?.extensions['field']).toBe('logo');
});

it('is an owner’s to change: staff are refused', async () => {
  const staff = await signedInAdmin(server, 'staff@example.com', AdminRole.STAFF);
  const refused = await server.gql(
    `mutation($input: BusinessSettingsInput!) { updateBusinessSettings(input: $input) { logoUrl } }`,
    { input: { logo: (await image('png')).toString('base64') } },
    staff,
  );
  expect(errorCode(refused)).toBe('FORBIDDEN');
});

it('null removes the uploaded logo', async () => {
  expect(ok(await upload(null))['updateBusinessSettings'].logoUrl).toBeNull();
  expect((await fetchLogo()).status).toBe(404);
});
