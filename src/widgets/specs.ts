/**
 * The one list of widgets: name → parameter spec. Pure data, so the build (notebook validation) and
 * the browser (controls, URL, gallery) read the same declarations. Views are found by `registry.ts`.
 */
import type { WidgetSpec } from '../core/params';
import { ropeDigitsSpec } from './rope-digits/spec';
import { ropeExtensionSpec } from './rope-extension/spec';
import { ropeDecaySpec } from './rope-decay/spec';
import { ropeCosMapSpec } from './rope-cos-map/spec';
import { lionLandscapeSpec } from './lion-landscape/spec';
import { lionUpdatesSpec } from './lion-updates/spec';
import { lionTrainingSpec } from './lion-training/spec';
import { partitionsBuilderSpec } from './partitions-builder/spec';
import { partitionsEulerSpec } from './partitions-euler/spec';
import { partitionsFranklinSpec } from './partitions-franklin/spec';
import { partitionsPnSpec } from './partitions-pn/spec';
import { scalingFitSpec } from './scaling-fit/spec';
import { scalingOptimalSpec } from './scaling-optimal/spec';
import { scalingQuantaSpec } from './scaling-quanta/spec';
import { plotSpec } from './plot/spec';
import { mapSpec } from './map/spec';
import { sequenceSpec } from './sequence/spec';
import { segmentLatticeSpec } from './segment-lattice/spec';
import { segmentSamplersSpec } from './segment-samplers/spec';
import { segmentAlphaSpec } from './segment-alpha/spec';
import { segmentRealSpec } from './segment-real/spec';
import { attentionEntropySpec } from './attention-entropy/spec';
import { attentionWeightsSpec } from './attention-weights/spec';
import { attentionRetrievalSpec } from './attention-retrieval/spec';
import { attentionPracticeSpec } from './attention-practice/spec';
import { primesSieveSpec } from './primes-sieve/spec';
import { primesLucySpec } from './primes-lucy/spec';
import { primesRaceSpec } from './primes-race/spec';
import { primesQuestionsSpec } from './primes-questions/spec';

export const widgetSpecs: Record<string, WidgetSpec> = {
  [ropeDigitsSpec.name]: ropeDigitsSpec,
  [ropeExtensionSpec.name]: ropeExtensionSpec,
  [ropeDecaySpec.name]: ropeDecaySpec,
  [ropeCosMapSpec.name]: ropeCosMapSpec,
  [lionLandscapeSpec.name]: lionLandscapeSpec,
  [lionUpdatesSpec.name]: lionUpdatesSpec,
  [lionTrainingSpec.name]: lionTrainingSpec,
  [partitionsBuilderSpec.name]: partitionsBuilderSpec,
  [partitionsEulerSpec.name]: partitionsEulerSpec,
  [partitionsFranklinSpec.name]: partitionsFranklinSpec,
  [partitionsPnSpec.name]: partitionsPnSpec,
  [scalingFitSpec.name]: scalingFitSpec,
  [scalingOptimalSpec.name]: scalingOptimalSpec,
  [scalingQuantaSpec.name]: scalingQuantaSpec,
  [plotSpec.name]: plotSpec,
  [mapSpec.name]: mapSpec,
  [sequenceSpec.name]: sequenceSpec,
  [segmentLatticeSpec.name]: segmentLatticeSpec,
  [segmentSamplersSpec.name]: segmentSamplersSpec,
  [segmentAlphaSpec.name]: segmentAlphaSpec,
  [segmentRealSpec.name]: segmentRealSpec,
  [attentionEntropySpec.name]: attentionEntropySpec,
  [attentionWeightsSpec.name]: attentionWeightsSpec,
  [attentionRetrievalSpec.name]: attentionRetrievalSpec,
  [attentionPracticeSpec.name]: attentionPracticeSpec,
  [primesSieveSpec.name]: primesSieveSpec,
  [primesLucySpec.name]: primesLucySpec,
  [primesRaceSpec.name]: primesRaceSpec,
  [primesQuestionsSpec.name]: primesQuestionsSpec,
};
