import { describe, expect, it } from 'vitest';

import { emailProblem, nameProblem } from './contact';

describe('emailProblem', () => {
  it.each([
    'ada@example.com',
    'ada.lovelace+tag@example.co.uk',
    "o'brien@example.com",
    'ada@xn--bcher-kva.example',
    'ada@b\u00fccher.example',
  ])('accepts %j', (email) => expect(emailProblem(email)).toBeUndefined());

  it.each([
    ['"x\r\ny"@example.com', 'contains a control character'],
    ['ada@example.com\n', 'contains a control character'],
    ['a\u0000da@example.com', 'contains a control character'],
    ['a\u009bda@example.com', 'contains a control character'],
    ['a\u2029da@example.com', 'contains a control character'],
    ['"ada"@example.com', 'must be an email address'],
    ['ada(work)@example.com', 'must be an email address'],
    ['Ada <ada@example.com>', 'must be an email address'],
    ['jos\u00e9@example.com', 'must be an email address'],
    ['ada@[127.0.0.1]', 'must be an email address'],
    ['ada@localhost', 'must be an email address'],
    [`${'a'.repeat(64)}@${'b'.repeat(190)}.com`, 'is longer than 254 characters'],
  ])('refuses %j: %s', (email, reason) => expect(emailProblem(email)).toMatch(reason));
});

describe('nameProblem', () => {
  it('accepts any printable name, accents and scripts included', () => {
    for (const name of ['Zo\u00eb Ren\u00e9e', '\u738b\u5c0f\u660e', "O'Brien-Smith Jr."]) {
      expect(nameProblem(name)).toBeUndefined();
    }
  });

  it('refuses control characters and line separators', () => {
    for (const name of ['Ada\r\nBcc: x', 'Ada\t', 'Ada\u0085', 'Ada\u2028']) {
      expect(nameProblem(name)).toBe('contains a control character');
    }
  });
});
