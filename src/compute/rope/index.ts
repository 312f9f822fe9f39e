/**
 * RoPE: inverse frequencies as Hugging Face transformers computes them (`modeling_rope_utils`, in
 * float64), pasted config.json files, and the per-pair views behind the rope-* widgets.
 */
export { ROPE_TYPES, ropeInvFreq, type RopeConfig, type RopeScaling, type RopeType } from './invFreq';
export { parseRopeConfig, ropeConfigFromObject, ntkBaseForLength, type LayerRope, type ParsedRopeConfig, type RopeConfigFallback } from './config';
export { ROPE_FAMILIES, type RopeFamily } from './families';
export { ROPE_PRESETS, type RopePreset } from './presets';
export { ropeDigits, ropeRotations, ropeCosMap, type RopeDigits, type RopeRotations, type RopeCosMap } from './pairs';
export { ropeDecay, ropeDecayMany, ropeDecaySamples, ROPE_DECAY_MAX_DISTANCE, type RopeDecay } from './decay';
export { ropeExtension, ropeDecayCompare, ropeCosMapFor, methodConfig, EXTENSION_METHODS, DECAY_METHODS } from './widgets';
export { locateJsonError } from './jsonError';
