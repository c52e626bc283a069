import { createTheme } from '@mantine/core';

/** Mantine's defaults, with a primary shade dark enough for 4.5:1 contrast on white text and links. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'md',
});
