// Run by `npm run build` after tsc: bundles the playground's page into dist/playground/.
import path from 'node:path';
import { buildPlaygroundAssets } from './pageAssets.js';

const files = await buildPlaygroundAssets();
process.stdout.write(`Built the playground page: ${files.map((file) => path.relative(process.cwd(), file)).join(', ')}\n`);
