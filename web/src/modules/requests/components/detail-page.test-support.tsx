import type { MockedProviderProps } from '@apollo/client/testing/react';
import { Route, Routes } from 'react-router';

import { type RequestDetailFragment, ServiceRequestDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { RequestDetailPage } from './RequestDetailPage';

/** The detail page of `request` (id r1) as the app routes to it, Apollo answering the query and `mocks`. */
export function renderDetailPage(
  request: RequestDetailFragment,
  mocks: NonNullable<MockedProviderProps['mocks']> = [],
) {
  return renderWithProviders(
    <Routes>
      <Route path="/requests/:id" element={<RequestDetailPage />} />
    </Routes>,
    {
      route: '/requests/r1',
      mocks: [
        {
          request: { query: ServiceRequestDocument, variables: { id: 'r1' } },
          result: { data: { serviceRequest: request } },
        },
        ...mocks,
      ],
    },
  );
}
