import { Alert, Anchor, Container } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Something went wrong.';
  return (
    <Container py="xl">
      <Alert color="red" title="This page failed to load" role="alert">
        {message}{' '}
        <Anchor component={Link} to="/requests">
          Back to the requests
        </Anchor>
      </Alert>
    </Container>
  );
}
