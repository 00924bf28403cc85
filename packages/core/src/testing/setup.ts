import * as fc from 'fast-check';

// FC_NUM_RUNS raises the number of runs of every property for a deep check, e.g. FC_NUM_RUNS=10000 pnpm test:unit.
const requested = Number.parseInt(process.env.FC_NUM_RUNS ?? '', 10);
fc.configureGlobal({ numRuns: Number.isFinite(requested) && requested > 0 ? requested : 100 });
