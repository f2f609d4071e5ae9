// Entry point of `npm run playground`: the playground whatever DISCORD_TOKEN says (`npm start` opens it only without one).
import dotenv from 'dotenv';
import { startPlayground } from './startPlayground.js';

dotenv.config({ quiet: true });
try {
  await startPlayground();
} catch (error) {
  process.stderr.write(`verbatim playground: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
