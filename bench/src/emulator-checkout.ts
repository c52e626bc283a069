import type { Pool } from 'undici';

/**
 * Pays a Checkout Session on the emulator's hosted page (`pages` is a pool to the emulator;
 * `sessionPath` is `/c/pay/cs_…`) with the test card, posting the form as customer `i`'s browser would.
 */
export async function payWithTestCard(pages: Pool, sessionPath: string, i: number): Promise<void> {
  const paid = await pages.request({
    method: 'POST',
    path: sessionPath,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      email: `customer${i}@example.com`,
      name: 'Bench Customer',
      card_number: '4242 4242 4242 4242',
      card_expiry: '12/34',
      card_cvc: '123',
    }).toString(),
  });
  await paid.body.dump();
  if (paid.statusCode !== 303) throw new Error(`paying ${sessionPath}: HTTP ${paid.statusCode}`);
}
