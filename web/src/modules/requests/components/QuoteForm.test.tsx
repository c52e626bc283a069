import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';

import { QuoteDocument } from '../../../gql/graphql';
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
