/** How a test card behaves, as Stripe's testing documentation lists it. */
export interface TestCard {
  brand: string;
  funding: 'credit' | 'debit';
  /** Absent: the payment succeeds. */
  decline?: { code: string; declineCode: string; message: string };
  /**
   * The bank asks for 3D Secure: the customer passes it on the hosted page, but a charge made
   * without them (off-session) fails with `authentication_required`.
   */
  authentication?: true;
  /** The payment succeeds, then the cardholder disputes it: a chargeback, or an inquiry (no funds withdrawn). */
  dispute?: { reason: string; inquiry?: true };
}

const DECLINED = 'Your card was declined.';

const TEST_CARDS: Readonly<Record<string, TestCard>> = {
  '4242424242424242': { brand: 'visa', funding: 'credit' },
  '4000056655665556': { brand: 'visa', funding: 'debit' },
  '5555555555554444': { brand: 'mastercard', funding: 'credit' },
  '378282246310005': { brand: 'amex', funding: 'credit' },
  '4000002500003155': { brand: 'visa', funding: 'credit', authentication: true },
  '4000002760003184': { brand: 'visa', funding: 'credit', authentication: true },
  '4000000000000259': { brand: 'visa', funding: 'credit', dispute: { reason: 'fraudulent' } },
  '4000000000002685': { brand: 'visa', funding: 'credit', dispute: { reason: 'product_not_received' } },
  '4000000000001976': { brand: 'visa', funding: 'credit', dispute: { reason: 'fraudulent', inquiry: true } },
  '4000000000000002': {
    brand: 'visa',
    funding: 'credit',
    decline: { code: 'card_declined', declineCode: 'generic_decline', message: DECLINED },
  },
  '4000000000009995': {
    brand: 'visa',
    funding: 'credit',
    decline: { code: 'card_declined', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  },
  '4000000000009987': {
    brand: 'visa',
    funding: 'credit',
    decline: { code: 'card_declined', declineCode: 'lost_card', message: DECLINED },
  },
  '4000000000000069': {
    brand: 'visa',
    funding: 'credit',
    decline: { code: 'expired_card', declineCode: 'expired_card', message: 'Your card has expired.' },
  },
  '4000000000000127': {
    brand: 'visa',
    funding: 'credit',
    decline: {
      code: 'incorrect_cvc',
      declineCode: 'incorrect_cvc',
      message: "Your card's security code is incorrect.",
    },
  },
  '4000000000000119': {
    brand: 'visa',
    funding: 'credit',
    decline: {
      code: 'processing_error',
      declineCode: 'processing_error',
      message: 'An error occurred while processing your card. Try again in a little bit.',
    },
  },
};

/**
 * Stripe's test PaymentMethods, usable wherever a PaymentMethod id is (`payment_method=pm_card_visa`):
 * each use makes a new card PaymentMethod of the test card it stands for.
 */
export const MAGIC_PAYMENT_METHODS: Readonly<Record<string, string>> = {
  pm_card_visa: '4242424242424242',
  pm_card_visa_debit: '4000056655665556',
  pm_card_mastercard: '5555555555554444',
  pm_card_amex: '378282246310005',
  pm_card_authenticationRequired: '4000002760003184',
  pm_card_authenticationRequiredSetupForOffSession: '4000002500003155',
  pm_card_chargeDeclined: '4000000000000002',
  pm_card_chargeDeclinedInsufficientFunds: '4000000000009995',
  pm_card_chargeDeclinedLostCard: '4000000000009987',
  pm_card_chargeDeclinedExpiredCard: '4000000000000069',
  pm_card_chargeDeclinedIncorrectCvc: '4000000000000127',
  pm_card_chargeDeclinedProcessingError: '4000000000000119',
  pm_card_createDispute: '4000000000000259',
  pm_card_createDisputeProductNotReceived: '4000000000002685',
  pm_card_createDisputeInquiry: '4000000000001976',
};

/** Stripe's test card tokens (`payment_method_data[card][token]=tok_visa`), standing for the same cards. */
export const MAGIC_TOKENS: Readonly<Record<string, string>> = {
  tok_visa: '4242424242424242',
  tok_visa_debit: '4000056655665556',
  tok_mastercard: '5555555555554444',
  tok_amex: '378282246310005',
  tok_chargeDeclined: '4000000000000002',
  tok_chargeDeclinedInsufficientFunds: '4000000000009995',
  tok_chargeDeclinedLostCard: '4000000000009987',
  tok_chargeDeclinedExpiredCard: '4000000000000069',
  tok_chargeDeclinedIncorrectCvc: '4000000000000127',
  tok_chargeDeclinedProcessingError: '4000000000000119',
  tok_createDispute: '4000000000000259',
  tok_createDisputeProductNotReceived: '4000000000002685',
  tok_createDisputeInquiry: '4000000000001976',
};

/** Any other valid number is a real card, which test mode refuses. */
const REAL_CARD: TestCard = {
  brand: 'unknown',
  funding: 'credit',
  decline: {
    code: 'card_declined',
    declineCode: 'test_mode_live_card',
    message:
      'Your card was declined. Your request was in test mode, but used a non test card. For a list of valid test cards, visit: https://stripe.com/docs/testing.',
  },
};

export function testCard(number: string): TestCard {
  return TEST_CARDS[number] ?? REAL_CARD;
}

/** The Luhn checksum every card number carries. */
export function isCardNumber(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false;
  let sum = 0;
  for (const [index, char] of [...number].reverse().entries()) {
    const digit = Number(char) * (index % 2 === 1 ? 2 : 1);
    sum += digit > 9 ? digit - 9 : digit;
  }
  return sum % 10 === 0;
}

/** Stripe's test bank accounts for delayed (debit) payments: the account number decides how the payment settles. */
export const TEST_BANK_ACCOUNTS: Readonly<Record<string, 'succeeded' | 'failed'>> = {
  '000123456789': 'succeeded',
  '000111111113': 'failed',
};
