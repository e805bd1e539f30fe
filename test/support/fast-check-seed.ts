// Property tests replay one fixed seed, so `npm test` gives the same verdict on the same code on every machine and in
// CI. `npm run fuzz` draws fresh seeds to explore (FC_SEED=random), or replays one (FC_SEED=-442187659) to reproduce
// what it found; fast-check prints the seed of every failure. A failure it finds becomes a named regression case in
// its test file (see test/hardening/fuzz-upload.test.ts), so what exploration learns is kept by the fixed suite.
import fc from 'fast-check';

const FIXED_SEED = 20_261_206;
const given = process.env.FC_SEED;
if (given !== 'random') {
  const seed = given === undefined ? FIXED_SEED : Number(given);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not "${given}"`);
  fc.configureGlobal({ seed });
}
