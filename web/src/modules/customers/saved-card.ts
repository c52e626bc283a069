/** `Visa •••• 4242`, or what is known of it. */
export function savedCardLabel(card: { brand: string | null; last4: string | null }): string {
  const brand = card.brand ? card.brand.charAt(0).toUpperCase() + card.brand.slice(1) : 'Card';
  return card.last4 ? `${brand} •••• ${card.last4}` : brand;
}
