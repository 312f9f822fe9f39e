/**
 * Every kernel the widgets may call, by name, and the family module that holds it. The worker imports
 * a family the first time one of its kernels is called, so a page downloads only the kernels its
 * widgets use (a RoPE page never fetches the scaling fits or the Chinchilla data). Adding a kernel
 * for a new widget: export it from its family (or a new one in ./families/) and add one line here.
 * Kernels taking a progress callback are "jobs" (see client.ts).
 */
const rope = () => import('./families/rope');
const optimizers = () => import('./families/optimizers');
const partitions = () => import('./families/partitions');
const scaling = () => import('./families/scaling');
const tokenize = () => import('./families/tokenize');
const attention = () => import('./families/attention');
const formula = () => import('./families/formula');
const primes = () => import('./families/primes');

export const kernelFamilies = {
  ropeDigits: rope,
  ropeExtension: rope,
  ropeDecayCompare: rope,
  ropeCosMapFor: rope,
  objectiveSurface: optimizers,
  compareTrajectories: optimizers,
  trainAll: optimizers,
  builderSeries: partitions,
  listPartitions: partitions,
  eulerCounts: partitions,
  franklinCounts: partitions,
  partitionsExact: partitions,
  partitionsCurve: partitions,
  partitionsConvergence: partitions,
  scalingFit: scaling,
  scalingBootstrap: scaling,
  scalingFrontierBands: scaling,
  optimalFrontiers: scaling,
  quantaCurves: scaling,
  segmentLattice: tokenize,
  segmentSamplers: tokenize,
  segmentAlpha: tokenize,
  segmentReal: tokenize,
  attentionSweep: attention,
  attentionWeights: attention,
  attentionRetrieval: attention,
  attentionPractice: attention,
  formulaPlot: formula,
  formulaMap: formula,
  formulaSequence: formula,
  customObjectiveSurface: formula,
  compareCustomTrajectories: formula,
  sieveBoard: primes,
  sieveWorkCurve: primes,
  lucySteps: primes,
  raceLap: primes,
  sumUpTo: primes,
  sumOfFirst: primes,
  questionCurves: primes,
};

type Families = typeof kernelFamilies;
export type KernelName = keyof Families;
type Family<K extends KernelName> = Awaited<ReturnType<Families[K]>>;
/** The kernel called `K`, as its family module exports it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the widest function type, as Parameters<> wants
export type Kernel<K extends KernelName> = Extract<Family<K>[K & keyof Family<K>], (...args: any[]) => any>;

/** Loads the kernel called `name` (its family module is fetched once, on first use). */
export async function loadKernel<K extends KernelName>(name: K): Promise<Kernel<K>> {
  const family = (await kernelFamilies[name]()) as Record<string, unknown>;
  const kernel = family[name];
  if (typeof kernel !== 'function') throw new Error(`kernel "${name}" is missing from its family module`);
  return kernel as Kernel<K>;
}
