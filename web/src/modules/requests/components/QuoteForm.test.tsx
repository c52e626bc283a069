import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';

import { BusinessSettingsDocument, QuoteDocument } from '../../../gql/graphql';
import { requestDetail } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { QuoteForm } from './QuoteForm';

describe('QuoteForm', () => {
  it('sends the human amount as the smallest unit and shows the new quote', async () => {
    const request = requestDetail({ status: 'REQUESTED', quoteAmount: null, quoteVersion: 0 });
    const quoted = requestDetail({ status: 'QUOTED', quoteAmount: 12550, quoteVersion: 1 });
    let sent: unknown;
    const { cache } = renderWithProviders(<QuoteForm request={request} />, {
      mocks: [
        {
          request: {
            query: QuoteDocument,
            variables: (variables: Record<string, unknown>) => {
              sent = variables;
              return true;
            },
          },
          result: { data: { quote: quoted } },
        },
      ],
    });
    await userEvent.type(screen.getByRole('textbox', { name: /amount/i }), '125.5');
    await userEvent.click(screen.getByRole('button', { name: 'Quote' }));
    await waitFor(() =>
      expect(cache.extract() as Record<string, unknown>).toMatchObject({ 'ServiceRequest:r1': { quoteAmount: 12550 } }),
    );
    expect(sent).toEqual({
      id: 'r1',
      amount: 12550,
      currency: 'usd',
      note: null,
      saveCard: false,
      requireAcceptance: false,
    });
  });

  it('offers saving the card, and asks for the customer’s acceptance, when the boxes are ticked', async () => {
    let sent: unknown;
    renderWithProviders(<QuoteForm request={requestDetail({ status: 'REQUESTED', quoteAmount: null })} />, {
      mocks: [
        {
          request: {
            query: QuoteDocument,
            variables: (variables: Record<string, unknown>) => {
              sent = variables;
              return true;
            },
          },
          result: { data: { quote: requestDetail({ status: 'QUOTED', quoteAmount: 4000, saveCard: true }) } },
        },
      ],
    });
    await userEvent.type(screen.getByRole('textbox', { name: /amount/i }), '40');
    await userEvent.click(screen.getByRole('checkbox', { name: /save card for future visits/i }));
    await userEvent.click(screen.getByRole('checkbox', { name: /customer accepts the quote online first/i }));
    await userEvent.click(screen.getByRole('button', { name: 'Quote' }));
    await waitFor(() =>
      expect(sent).toEqual({
        id: 'r1',
        amount: 4000,
        currency: 'usd',
        note: null,
        saveCard: true,
        requireAcceptance: true,
      }),
    );
  });

  it('refuses an amount the currency cannot have before asking the server', async () => {
    renderWithProviders(<QuoteForm request={requestDetail({ status: 'REQUESTED', quoteAmount: null })} />);
    await userEvent.type(screen.getByRole('textbox', { name: /amount/i }), '12.345');
    await userEvent.click(screen.getByRole('button', { name: 'Quote' }));
    const amount = screen.getByRole('textbox', { name: /amount/i });
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('USD has at most 2 decimal places')).toBeTruthy();
  });

  it('refuses an amount below Stripe’s minimum for the currency, by the server’s own rule', async () => {
    renderWithProviders(<QuoteForm request={requestDetail({ status: 'QUOTED', quoteAmount: 12500 })} />);
    const amount = screen.getByRole('textbox', { name: /amount/i });
    await userEvent.clear(amount);
    await userEvent.type(amount, '0.10');
    await userEvent.click(screen.getByRole('button', { name: 'Re-quote' }));
    expect(screen.getByText('The amount must be at least $0.50')).toBeTruthy();
    expect(amount.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the server’s BAD_USER_INPUT next to the field it names', async () => {
    const note = 'x'.repeat(2001);
    renderWithProviders(<QuoteForm request={requestDetail({ status: 'QUOTED', quoteAmount: 12500 })} />, {
      mocks: [
        {
          request: {
            query: QuoteDocument,
            variables: { id: 'r1', amount: 12500, currency: 'usd', note, saveCard: false, requireAcceptance: false },
          },
          result: {
            errors: [
              new GraphQLError('note: note must be shorter than or equal to 2000 characters', {
                extensions: { code: 'BAD_USER_INPUT', field: 'note' },
              }),
            ],
          },
        },
      ],
    });
    const field = screen.getByRole('textbox', { name: /note/i });
    await userEvent.click(field);
    await userEvent.paste(note);
    await userEvent.click(screen.getByRole('button', { name: 'Re-quote' }));
    const message = await screen.findByText('Note must be shorter than or equal to 2000 characters');
    expect(field.getAttribute('aria-describedby')).toContain(message.id);
  });
});

describe('QuoteForm deposit', () => {
  const settings = (defaultDepositPercent: number | null) => ({
    request: { query: BusinessSettingsDocument },
    result: {
      data: {
        businessSettings: {
          __typename: 'BusinessSettings' as const,
          name: 'Green Thumbs',
          logoUrl: null,
          accentColor: null,
          address: null,
          phone: null,
          replyTo: null,
          timeZone: 'UTC',
          currency: 'usd',
          defaultDepositPercent,
          quoteValidityDays: null,
          reminderDays: [],
          terms: null,
          fromEnvironment: [],
          taxRates: [],
        },
      },
    },
  });
  const quoteMock = (onSend: (variables: Record<string, unknown>) => void, result: object) => ({
    request: {
      query: QuoteDocument,
      variables: (variables: Record<string, unknown>) => {
        onSend(variables);
        return true;
      },
    },
    ...result,
  });

  it('prefills the business’s default percent and sends it as depositPercent', async () => {
    let sent: Record<string, unknown> = {};
    renderWithProviders(<QuoteForm request={requestDetail({ status: 'REQUESTED', quoteAmount: null })} />, {
      mocks: [
        settings(25),
        quoteMock((v) => (sent = v), { result: { data: { quote: requestDetail({ depositAmount: 3125 }) } } }),
      ],
    });
    const field = await screen.findByRole('textbox', { name: /deposit \(%/i });
    expect((field as HTMLInputElement).value).toBe('25');
    await userEvent.type(screen.getByRole('textbox', { name: /^amount/i }), '125');
    await userEvent.click(screen.getByRole('button', { name: 'Quote' }));
    await waitFor(() => expect(sent).toMatchObject({ amount: 12500, depositPercent: 25 }));
    expect(sent['depositAmount']).toBeUndefined();
  });

  it('sends a deposit amount in the smallest unit, none when None is chosen, and shows the server’s refusal', async () => {
    const sends: Record<string, unknown>[] = [];
    renderWithProviders(<QuoteForm request={requestDetail({ status: 'REQUESTED', quoteAmount: null })} />, {
      mocks: [
        settings(null),
        quoteMock((v) => sends.push(v), {
          result: {
            errors: [
              new GraphQLError('depositAmount: the deposit must not be over the total ($125.00)', {
                extensions: { code: 'BAD_USER_INPUT', field: 'depositAmount' },
              }),
            ],
          },
        }),
      ],
    });
    await userEvent.type(screen.getByRole('textbox', { name: /^amount/i }), '125');
    expect(screen.queryByRole('textbox', { name: /deposit/i })).toBeNull(); // no default: no deposit
    await userEvent.click(screen.getByRole('radio', { name: 'Amount' }));
    await userEvent.type(screen.getByRole('textbox', { name: /deposit \(usd/i }), '130');
    await userEvent.click(screen.getByRole('button', { name: 'Quote' }));
    expect(await screen.findByText(/must not be over the total/)).toBeTruthy();
    expect(sends[0]).toMatchObject({ amount: 12500, depositAmount: 13000 });
    expect(screen.getByRole('textbox', { name: /deposit \(usd/i }).getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a percent that is not a whole number from 1 to 99 without sending', async () => {
    let sent = false;
    renderWithProviders(<QuoteForm request={requestDetail({ status: 'REQUESTED', quoteAmount: null })} />, {
      mocks: [settings(30), quoteMock(() => (sent = true), { result: { data: { quote: requestDetail() } } })],
    });
    const field = await screen.findByRole('textbox', { name: /deposit \(%/i });
    await userEvent.clear(field);
    await userEvent.type(field, '12.5');
    await userEvent.type(screen.getByRole('textbox', { name: /^amount/i }), '125');
    await userEvent.click(screen.getByRole('button', { name: 'Quote' }));
    expect(await screen.findByText('A whole percent from 1 to 99')).toBeTruthy();
    expect(sent).toBe(false);
  });
});
