import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { CreateCampaignDocument } from '../../../gql/graphql';
import { campaignSummary } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { CampaignForm } from './NewCampaignButton';

const customers = { search: 'smith', hasSavedCard: true };

function renderForm(mocks: Parameters<typeof renderWithProviders>[1] = {}) {
  return renderWithProviders(
    <Routes>
      <Route path="/" element={<CampaignForm target={{ customers }} summary="For the customers shown" />} />
      <Route path="/campaigns/:id" element={<p>Campaign screen</p>} />
    </Routes>,
    mocks,
  );
}

async function fill(amount: string) {
  await userEvent.type(screen.getByRole('textbox', { name: /campaign name/i }), 'Spring visits');
  await userEvent.type(screen.getByRole('textbox', { name: /what the requests are for/i }), 'Spring clean-up');
  await userEvent.type(screen.getByRole('textbox', { name: /amount/i }), amount);
  await userEvent.click(screen.getByRole('button', { name: 'Send the links' }));
}

describe('CampaignForm, for customers', () => {
  it('sends the filter and the human amount as the smallest unit, then shows the campaign', async () => {
    let sent: unknown;
    const created = campaignSummary();
    renderForm({
      mocks: [
        {
          request: {
            query: CreateCampaignDocument,
            variables: (variables: Record<string, unknown>) => {
              sent = variables;
              return true;
            },
          },
          result: { data: { createCampaign: created } },
        },
      ],
    });
    await fill('1,250.5');
    expect(await screen.findByText('Campaign screen')).toBeTruthy();
    expect(sent).toEqual({
      input: {
        name: 'Spring visits',
        customers,
        description: 'Spring clean-up',
        amount: 125050,
        currency: 'usd',
      },
    });
  });

  it('refuses an amount the currency cannot have before asking the server', async () => {
    renderForm();
    await fill('12.345');
    const amount = screen.getByRole('textbox', { name: /amount/i });
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('USD has at most 2 decimal places')).toBeTruthy();
  });

  it('shows the server’s BAD_USER_INPUT next to the field it names', async () => {
    renderForm({
      mocks: [
        {
          request: {
            query: CreateCampaignDocument,
            variables: {
              input: {
                name: 'Spring visits',
                customers,
                description: 'Spring clean-up',
                amount: 5000,
                currency: 'usd',
              },
            },
          },
          result: {
            errors: [
              new GraphQLError('amount: no more than 8 digits', {
                extensions: { code: 'BAD_USER_INPUT', field: 'input.amount' },
              }),
            ],
          },
        },
      ],
    });
    await fill('50');
    const message = await screen.findByText('No more than 8 digits');
    expect(screen.getByRole('textbox', { name: /amount/i }).getAttribute('aria-describedby')).toContain(message.id);
    expect(screen.queryByText('Campaign screen')).toBeNull();
  });
});
