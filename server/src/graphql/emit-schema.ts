import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { printedSchema } from './schema';

/** `pnpm build` runs this (from dist) to regenerate the committed `schema.graphql` at the root. */
void printedSchema().then((text) => writeFile(path.resolve(__dirname, '../../../schema.graphql'), text));
