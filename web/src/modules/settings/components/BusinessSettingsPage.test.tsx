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

  it('uploads a chosen logo at once, as a data: URL, and shows it; a refusal is shown under the field', async () => {
    let sent: Record<string, any> | undefined;
    const logoUrl = 'http://localhost:4000/business/logo?v=1';
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
          result: { data: { updateBusinessSettings: { ...SETTINGS, logoUrl } } },
        },
        {
          request: { query: UpdateBusinessSettingsDocument, variables: () => true },
          result: {
            errors: [
              new GraphQLError('logo: must be a PNG or JPEG image', {
                extensions: { code: 'BAD_USER_INPUT', field: 'logo' },
              }),
            ],
          },
        },
      ],
    });
    await screen.findByText('Choose a file');
    // Mantine's FileInput is a button beside a hidden file input, which is what a chosen file reaches.
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await userEvent.upload(input, new File([png], 'logo.png', { type: 'image/png' }));
    await waitFor(() => expect(screen.getByTestId('logo-preview').getAttribute('src')).toBe(logoUrl));
    expect(sent).toEqual({ logo: `data:image/png;base64,${btoa(String.fromCharCode(...png))}` });

    const again = document.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(again, new File(['GIF89a'], 'logo.png', { type: 'image/png' }));
    await waitFor(() => expect(screen.getByText('Must be a PNG or JPEG image')).toBeTruthy());
  }, 20_000);
});
