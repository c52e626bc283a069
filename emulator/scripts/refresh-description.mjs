// Regenerates description/stripe-api.json from the installed `stripe` SDK (run after bumping it):
// pnpm --filter @service-desk/stripe-emulator describe
import { writeFileSync } from 'node:fs';

import { DESCRIPTION_FILE } from '../dist/openapi.js';
import { describeSdk } from '../dist/sdk-description.js';

const described = describeSdk();
writeFileSync(DESCRIPTION_FILE, `${JSON.stringify(described)}\n`);
console.log(`${DESCRIPTION_FILE}: Stripe API ${described.info.version} (stripe ${described.info.sdk})`);
