import type { ApolloCache } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';

import { createCache } from '../app/cache';
import { theme } from '../app/theme';

/** Renders a screen with Mantine (test env: no transitions or portals), a router, and Apollo answering from `mocks` over the app's real cache policies. */
export function renderWithProviders(
  ui: ReactNode,
  {
    mocks = [],
    cache = createCache(),
    route = '/',
  }: { mocks?: MockedProviderProps['mocks']; cache?: ApolloCache; route?: string } = {},
) {
  return {
    cache,
    ...render(
      <MantineProvider theme={theme} env="test">
        <MockedProvider mocks={mocks} cache={cache}>
          <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
        </MockedProvider>
      </MantineProvider>,
    ),
  };
}
