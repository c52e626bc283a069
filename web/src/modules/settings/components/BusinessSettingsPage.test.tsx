import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';

import { BusinessSettingsDocument, UpdateBusinessSettingsDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { BusinessSettingsPage } from './BusinessSettingsPage';

const SETTINGS = {
  __typename: 'BusinessSettings' as const,
  name: 'Our team',
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
  fromEnvironment: ['name', 'currency'],
  taxRates: [],
};

const loaded = { request: { query: BusinessSettingsDocument }, result: { data: { businessSettings: SETTINGS } } };

describe('BusinessSettingsPage', () => {
  it('shows values from the environment, and sends only what the admin changed of them, with new tax rates', async () => {
    let sent: Record<string, any> | undefined;
    renderWithProviders(<BusinessSettingsPage />, {
      mocks: [
        loaded,
        {
          request: {
            query: UpdateBusinessSettingsDocument,
            variables: (variables: Record<string, any>) => {
              sent = variables['input'];
              return true;
            },
          },
          result: {
            data: {
              updateBusinessSettings: {
                ...SETTINGS,
                name: 'Green Thumbs',
                fromEnvironment: ['currency'],
                taxRates: [
                  { __typename: 'TaxRate', id: 't1', name: 'Sales tax', percentage: '8.875', inclusive: false },
                ],
              },
            },
          },
        },
      ],
    });
    const name = await screen.findByRole('textbox', { name: /business name/i });
    expect(screen.getByText('from BUSINESS_NAME')).toBeTruthy();
    expect(screen.getByText('from CURRENCY')).toBeTruthy();
    await userEvent.clear(name);
    await userEvent.paste('Green Thumbs');
    await userEvent.click(screen.getByRole('button', { name: 'Add a tax rate' }));
    await userEvent.click(screen.getByRole('textbox', { name: 'Name' }));
    await userEvent.paste('Sales tax');
    await userEvent.click(screen.getByRole('textbox', { name: 'Percentage' }));
    await userEvent.paste('8.875');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Saved.');
    expect(sent).toMatchObject({
      name: 'Green Thumbs',
      timeZone: 'UTC',
      reminderDays: [],
      taxRates: [{ id: null, name: 'Sales tax', percentage: '8.875', inclusive: false }],
    });
    expect(sent).not.toHaveProperty('currency');
    expect(screen.queryByText('from BUSINESS_NAME')).toBeNull();
  }, 20_000);

  it('shows the server’s refusal next to the tax rate it names', async () => {
    renderWithProviders(<BusinessSettingsPage />, {
      mocks: [
        loaded,
        {
          request: { query: UpdateBusinessSettingsDocument, variables: () => true },
          result: {
            errors: [
              new GraphQLError('taxRates[0].percentage: must be above 0 and below 100, with up to four decimals', {
                extensions: { code: 'BAD_USER_INPUT', field: 'taxRates[0].percentage' },
              }),
            ],
          },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a tax rate' }));
    await userEvent.click(screen.getByRole('textbox', { name: 'Name' }));
    await userEvent.paste('Tax');
    await userEvent.click(screen.getByRole('textbox', { name: 'Percentage' }));
    await userEvent.paste('100');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(screen.getByText('Must be above 0 and below 100, with up to four decimals')).toBeTruthy(),
    );
  }, 20_000);
});
