import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { BusinessSettingsDocument, QuoteDocument } from '../../../gql/graphql';
import { requestDetail } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { QuoteForm } from './QuoteForm';
import { QuoteLinesPanel } from './QuoteLinesPanel';

const settings = {
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
        defaultDepositPercent: null,
        quoteValidityDays: null,
        reminderDays: [],
        terms: null,
        fromEnvironment: [],
        taxRates: [
          { __typename: 'TaxRate' as const, id: 't1', name: 'Sales tax', percentage: '8.875', inclusive: false },
        ],
      },
    },
  },
};

const TAXED_LINE = {
  __typename: 'LineItem' as const,
  id: 'l1',
  description: 'Labour (hours)',
  quantity: 1.5,
  unitAmount: 3333,
  amount: 5000,
  taxAmount: 444,
  taxRate: { __typename: 'TaxRate' as const, id: 't1', name: 'Sales tax', percentage: '8.875', inclusive: false },
};

describe('itemised quotes', () => {
  it('computes the subtotal, tax and total as the lines are typed, and sends the lines', async () => {
    let sent: Record<string, unknown> | undefined;
    renderWithProviders(<QuoteForm request={requestDetail({ status: 'REQUESTED', quoteAmount: null })} />, {
      mocks: [
        settings,
        {
          request: {
            query: QuoteDocument,
            variables: (variables: Record<string, unknown>) => {
              sent = variables;
              return true;
            },
          },
          result: {
            data: {
              quote: requestDetail({ quoteAmount: 7444, subtotal: 7000, taxAmount: 444, lineItems: [TAXED_LINE] }),
            },
          },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: /itemise/i }));
    const fill = async (name: string, text: string, index = 0) => {
      const field = screen.getAllByRole('textbox', { name })[index] as HTMLElement;
      await userEvent.clear(field);
      await userEvent.click(field);
      await userEvent.paste(text);
    };
    await fill('Description', 'Labour (hours)');
    await fill('Quantity', '1.5');
    await fill('Unit price', '33.33');
    await userEvent.click(screen.getAllByLabelText('Tax').find((el) => el.tagName === 'INPUT') as HTMLElement);
    await userEvent.click(await screen.findByRole('option', { name: /Sales tax 8.875/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Add a line' }));
    await fill('Description', 'Disposal', 1);
    await fill('Unit price', '20', 1);
    // 1.5 × $33.33 = $50.00 (half up), tax $4.44; plus $20.00 untaxed.
    expect(screen.getByTestId('quote-form-totals').textContent).toBe('Subtotal $70.00 · Tax $4.44 · Total $74.44');
    await userEvent.click(screen.getByRole('button', { name: 'Quote' }));
    await waitFor(() =>
      expect(sent).toEqual({
        id: 'r1',
        currency: 'usd',
        note: null,
        saveCard: false,
        requireAcceptance: false,
        lineItems: [
          { description: 'Labour (hours)', quantity: 1.5, unitAmount: 3333, taxRateId: 't1' },
          { description: 'Disposal', quantity: 1, unitAmount: 2000, taxRateId: null },
        ],
      }),
    );
  }, 20_000);

  it('refuses a quantity with more than three decimals before asking the server', async () => {
    renderWithProviders(<QuoteForm request={requestDetail({ status: 'REQUESTED', quoteAmount: null })} />, {
      mocks: [settings],
    });
    await userEvent.click(screen.getByRole('button', { name: /itemise/i }));
    await userEvent.click(screen.getByRole('textbox', { name: 'Description' }));
    await userEvent.paste('Labour');
    const quantity = screen.getByRole('textbox', { name: 'Quantity' });
    await userEvent.clear(quantity);
    await userEvent.click(quantity);
    await userEvent.paste('1.0005');
    await userEvent.click(screen.getByRole('textbox', { name: 'Unit price' }));
    await userEvent.paste('10');
    await userEvent.click(screen.getByRole('button', { name: 'Quote' }));
    expect(screen.getByText('A quantity above 0, with up to 3 decimals')).toBeTruthy();
    expect(quantity.getAttribute('aria-invalid')).toBe('true');
  }, 20_000);

  it('shows the quote’s lines with the subtotal, tax and total on the request page', () => {
    renderWithProviders(
      <QuoteLinesPanel
        request={requestDetail({ quoteAmount: 5444, subtotal: 5000, taxAmount: 444, lineItems: [TAXED_LINE] })}
      />,
    );
    expect(screen.getByText('Labour (hours)')).toBeTruthy();
    expect(screen.getByText('Sales tax 8.875 %')).toBeTruthy();
    expect(screen.getByTestId('quote-subtotal').textContent).toBe('$50.00');
    expect(screen.getByTestId('quote-tax').textContent).toBe('$4.44');
    expect(screen.getByTestId('quote-total').textContent).toBe('$54.44');
  });
});
