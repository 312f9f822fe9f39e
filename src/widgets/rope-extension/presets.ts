import { ROPE_PRESETS, type RopePreset } from '../../compute/rope/presets';

/** URL-safe name of a preset: 'Llama 3.1 8B' → 'llama-3.1-8b'. */
export function presetSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-|-$/g, '');
}

/** The preset with this slug, if any. */
export function presetBySlug(slug: string): RopePreset | undefined {
  return ROPE_PRESETS.find((p) => presetSlug(p.name) === slug);
}
