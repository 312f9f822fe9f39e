// Kernel timings that unit tests must not assert (a loaded machine would fail them): run with
// `npx vitest bench --run src/compute/kernels.bench.ts`; `npm run bench` reports them beside the page
// measurements. The partition kernels have their own file (partitions/partitions.bench.ts).
import { bench, describe } from 'vitest';
import { objectiveGrid } from './optimizers/objectives';
import { trainClassifier } from './optimizers/training';
import { runTrajectory } from './optimizers/trajectory';
import type { OptimizerConfig } from './optimizers/rules';
import { ropeInvFreq } from './rope/invFreq';
import { ropeCosMap, ropeDigits, ropeRotations } from './rope/pairs';
import { ropeDecay } from './rope/decay';
import { parseScalingCsv } from './scaling/csv';
import { simulateQuanta } from './scaling/quanta';

const few = { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 };

describe('optimizers', () => {
  const configs: OptimizerConfig[] = [
    { name: 'sgd', lr: 1e-3, momentum: 0.9 },
    { name: 'adam', lr: 1e-2 },
    { name: 'adamw', lr: 1e-2 },
    { name: 'lion', lr: 1e-3 },
  ];
  bench('4 optimizers × 10 000 steps + a 100 × 100 grid (lion-landscape at its largest)', () => {
    for (const optimizer of configs) runTrajectory({ objective: 'rosenbrock', start: [-1, 1.5], steps: 10_000, optimizer });
    objectiveGrid({ objective: 'rosenbrock', xRange: [-2, 2], yRange: [-1, 3], nx: 100, ny: 100 });
  }, few);
  bench('trainClassifier at its default size (400 points, 16 hidden, 500 steps), Adam', () => {
    trainClassifier({ data: { kind: 'moons' }, optimizer: { name: 'adam', lr: 0.01 } });
  }, few);
});

describe('rope', () => {
  const theta1024 = ropeInvFreq({ head_dim: 1024 }).invFreq;
  const theta256 = ropeInvFreq({ head_dim: 256 }).invFreq;
  bench('ropeDigits d = 1024', () => { ropeDigits({ base: 10000, dim: 1024, position: 1e9 }); }, few);
  bench('ropeRotations d = 1024, YaRN ×32', () => {
    ropeRotations({ config: { head_dim: 1024, rope_scaling: { rope_type: 'yarn', factor: 32, original_max_position_embeddings: 4096 } }, trainLength: 4096, targetLength: 131072 });
  }, few);
  bench('ropeCosMap 512 × 128', () => { ropeCosMap({ invFreq: theta1024, positions: 131072 }); }, few);
  bench('ropeCosMap 1024 × 256', () => { ropeCosMap({ invFreq: theta1024, positions: 131072, maxRows: 1024, maxCols: 256 }); }, few);
  bench('ropeDecay d = 256 over 131 072 distances, 2000 points', () => { ropeDecay({ invFreq: theta256, maxDistance: 131072, points: 2000 }); }, few);
});

describe('scaling', () => {
  const rows = Array.from({ length: 100_000 }, (_, i) => `${1e8 + i},${2e9 + 7 * i},${3 - i * 1e-6}`);
  const text = ['params,tokens,loss', ...rows].join('\n');
  bench('parseScalingCsv, 100 000 rows', () => { parseScalingCsv(text); }, few);
  bench('simulateQuanta at its defaults', () => { simulateQuanta({ seed: 1 }); }, few);
});
