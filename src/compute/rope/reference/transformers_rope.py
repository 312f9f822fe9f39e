"""Reference values for src/compute/rope/transformersReference.test.ts.

Documentation only: the project never runs this script (no build or test step calls it). It was run
once with `python3 transformers_rope.py` (Python 3, numpy 2.4) to write transformers-reference.json
beside it; the test reads that file.

It re-implements, independently of the TypeScript parser and kernels, what Hugging Face transformers
5.x does with a config.json, in float64 numpy:
  * the config classes' defaults for a key the file leaves out (LlamaConfig, Qwen3Config, Phi3Config,
    Gemma3TextConfig, GptOssConfig, DeepseekV3Config, Llama4TextConfig, MistralConfig, Qwen2Config);
  * RotaryEmbeddingConfigMixin.convert_rope_params_to_dict / standardize_rope_params (rope_scaling
    replaces rope_parameters; rope_theta in the block wins; a top-level original_max_position_embeddings
    wins for llama3/yarn/longrope, else max_position_embeddings), Gemma3TextConfig's two layer types,
    Phi3Config's 'su'/'yarn' -> 'longrope';
  * modeling_rope_utils' _compute_{default,linear_scaling,dynamic_ntk,yarn,longrope,llama3,proportional}_parameters
    and dynamic_rope_update's long/short switch for longrope (seq_len > original -> long_factor).
Every preset of presets.json and a few edge cases are evaluated at model load (seq_len None) and at
the target length the widget shows.
"""
import json
import math
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent

FAMILIES = {
    'llama': dict(hidden_size=4096, num_attention_heads=32, head_dim=None, max_position_embeddings=2048, rope_theta=10000.0),
    'mistral': dict(hidden_size=4096, num_attention_heads=32, head_dim=None, max_position_embeddings=4096 * 32, rope_theta=10000.0),
    'qwen2': dict(hidden_size=4096, num_attention_heads=32, head_dim=None, max_position_embeddings=32768, rope_theta=10000.0),
    'qwen3': dict(hidden_size=4096, num_attention_heads=32, head_dim=128, max_position_embeddings=32768, rope_theta=10000.0),
    'phi3': dict(hidden_size=3072, num_attention_heads=32, head_dim=None, max_position_embeddings=4096, rope_theta=10000.0,
                 original_max_position_embeddings=4096),
    'deepseek_v3': dict(hidden_size=7168, num_attention_heads=128, head_dim=None, qk_rope_head_dim=64, max_position_embeddings=4096,
                        rope_theta=10000.0),
    'gpt_oss': dict(hidden_size=2880, num_attention_heads=64, head_dim=64, max_position_embeddings=131072, rope_theta=150000.0,
                    rope_scaling=dict(rope_type='yarn', factor=32.0, beta_fast=32.0, beta_slow=1.0, truncate=False,
                                      original_max_position_embeddings=4096)),
    'llama4_text': dict(hidden_size=5120, num_attention_heads=40, head_dim=128, max_position_embeddings=4096 * 32, rope_theta=500000.0),
    'gemma3_text': dict(hidden_size=2304, num_attention_heads=8, head_dim=256, max_position_embeddings=131072, rope_theta=1_000_000.0,
                        rope_local_base_freq=10_000.0),
}
TEXT_TYPES = {'gemma3': 'gemma3_text', 'llama4': 'llama4_text'}


def text_config(raw):
    if 'text_config' in raw and not any(k in raw for k in ('hidden_size', 'head_dim', 'rope_scaling', 'rope_parameters', 'rope_theta')):
        inner = dict(raw['text_config'])
        inner.setdefault('model_type', TEXT_TYPES.get(raw.get('model_type'), raw.get('model_type')))
        return inner
    return dict(raw)


def with_defaults(raw):
    """The config object transformers builds: the file's keys over the class defaults."""
    cfg = text_config(raw)
    family = FAMILIES.get(cfg.get('model_type'), {})
    out = {k: v for k, v in family.items() if k not in ('rope_scaling',)}
    out.update({k: v for k, v in cfg.items() if v is not None or k in ('rope_scaling', 'rope_parameters')})
    if out.get('rope_scaling') is None and out.get('rope_parameters') is None and 'rope_scaling' in family:
        out['rope_scaling'] = dict(family['rope_scaling'])
    if out.get('qk_rope_head_dim') is not None:
        out['head_dim'] = out['qk_rope_head_dim']  # DeepseekV3Config: head_dim = qk_rope_head_dim
    if out.get('head_dim') is None:
        out['head_dim'] = out['hidden_size'] // out['num_attention_heads']
    return out


def rope_blocks(cfg):
    """[(layer_type, params)] after convert_rope_params_to_dict + standardize_rope_params."""
    model_type = cfg.get('model_type')
    top_original = cfg.get('original_max_position_embeddings')
    if model_type == 'gemma3_text':
        params = cfg.get('rope_parameters') or {'sliding_attention': {'rope_type': 'default'}, 'full_attention': {'rope_type': 'default'}}
        params = {k: dict(v) for k, v in params.items()}
        if cfg.get('rope_scaling'):
            params['full_attention'].update(cfg['rope_scaling'])
        params['full_attention'].setdefault('rope_theta', cfg.get('rope_theta', FAMILIES['gemma3_text']['rope_theta']))
        params['sliding_attention'].setdefault('rope_theta', cfg.get('rope_local_base_freq', FAMILIES['gemma3_text']['rope_local_base_freq']))
        blocks = [('full_attention', params['full_attention']), ('sliding_attention', params['sliding_attention'])]
        nested = True
    else:
        block = dict(cfg.get('rope_scaling') or cfg.get('rope_parameters') or {})
        labels = set(cfg.get('layer_types') or [])
        nested = bool(block) and set(block).issubset(labels)
        if nested:  # Case 2 of standardize_rope_params: one block per layer type
            order = sorted(block, key=lambda k: k != 'full_attention')
            blocks = [(k, dict(block[k])) for k in order]
        else:
            blocks = [('', block)]
    out = []
    for layer_type, p in blocks:
        p.setdefault('rope_type', p.get('type', 'default'))
        p.setdefault('rope_theta', cfg.get('rope_theta', 10000.0))
        if 'partial_rotary_factor' in cfg:
            p.setdefault('partial_rotary_factor', cfg['partial_rotary_factor'])
        if model_type == 'phi3' and p['rope_type'] in ('su', 'yarn'):
            p['rope_type'] = 'longrope'
        if p['rope_type'] in ('llama3', 'yarn', 'longrope'):
            if not nested and top_original is not None:
                p['original_max_position_embeddings'] = top_original
            else:
                p.setdefault('original_max_position_embeddings', cfg['max_position_embeddings'])
        out.append((layer_type, p))
    return out


def default_inv_freq(base, dim):
    return 1.0 / (base ** (np.arange(0, dim, 2, dtype=np.int64).astype(np.float64) / dim))


def compute(cfg, p, seq_len):
    """(inv_freq, attention_factor) of one rope block, as ROPE_INIT_FUNCTIONS[rope_type] with dynamic_rope_update."""
    rope_type = p['rope_type']
    base = float(p['rope_theta'])
    head_dim = cfg['head_dim']
    partial = p.get('partial_rotary_factor', 1.0)
    dim = int(head_dim * partial)
    if rope_type == 'default':
        return default_inv_freq(base, dim), 1.0
    if rope_type == 'linear':
        return default_inv_freq(base, dim) / p['factor'], 1.0
    if rope_type == 'dynamic':
        max_pos = cfg['max_position_embeddings']
        seq = max(seq_len or max_pos, max_pos)
        factor = p['factor']
        base = base * ((factor * seq / max_pos) - (factor - 1)) ** (dim / (dim - 2))
        return default_inv_freq(base, dim), 1.0
    if rope_type == 'yarn':
        factor = p.get('factor') or cfg['max_position_embeddings'] / p['original_max_position_embeddings']
        original = p['original_max_position_embeddings']

        def get_mscale(scale, mscale=1):
            return 1.0 if scale <= 1 else 0.1 * mscale * math.log(scale) + 1.0
        attention = p.get('attention_factor')
        if attention is None:
            if p.get('mscale') and p.get('mscale_all_dim'):
                attention = get_mscale(factor, p['mscale']) / get_mscale(factor, p['mscale_all_dim'])
            else:
                attention = get_mscale(factor)
        beta_fast = p.get('beta_fast') or 32
        beta_slow = p.get('beta_slow') or 1

        def correction_dim(rot):
            return (dim * math.log(original / (rot * 2 * math.pi))) / (2 * math.log(base))
        low, high = correction_dim(beta_fast), correction_dim(beta_slow)
        if p.get('truncate', True):
            low, high = math.floor(low), math.ceil(high)
        low, high = max(low, 0), min(high, dim - 1)
        if low == high:
            high += 0.001
        ramp = np.clip((np.arange(dim // 2, dtype=np.float64) - low) / (high - low), 0, 1)
        pos = base ** (np.arange(0, dim, 2).astype(np.float64) / dim)
        extrapolation, interpolation = 1.0 / pos, 1.0 / (factor * pos)
        keep = 1 - ramp
        return interpolation * (1 - keep) + extrapolation * keep, attention
    if rope_type == 'longrope':
        original = p['original_max_position_embeddings']
        factor = p.get('factor')
        if factor is None:
            factor = cfg['max_position_embeddings'] / original
        attention = p.get('attention_factor')
        if attention is None:
            attention = 1.0 if factor <= 1.0 else math.sqrt(1 + math.log(factor) / math.log(original))
        ext = np.array(p['long_factor'] if seq_len and seq_len > original else p['short_factor'], dtype=np.float64)
        shape = np.arange(0, dim, 2, dtype=np.int64).astype(np.float64) / dim
        return 1.0 / (ext * base ** shape), attention
    if rope_type == 'llama3':
        inv = default_inv_freq(base, dim)
        factor, low_f, high_f = p['factor'], p['low_freq_factor'], p['high_freq_factor']
        old = p['original_max_position_embeddings']
        low_wl, high_wl = old / low_f, old / high_f
        wavelen = 2 * math.pi / inv
        llama = np.where(wavelen > low_wl, inv / factor, inv)
        with np.errstate(divide='ignore', invalid='ignore'):
            smooth = (old / wavelen - low_f) / (high_f - low_f)
        smoothed = (1 - smooth) * llama / factor + smooth * llama
        medium = ~(wavelen < high_wl) & ~(wavelen > low_wl)
        return np.where(medium, smoothed, llama), 1.0
    if rope_type == 'proportional':
        hd = cfg.get('global_head_dim', head_dim) if cfg.get('model_type', '').startswith('gemma4') else head_dim
        factor = p.get('factor', 1.0)
        angles = int(p.get('partial_rotary_factor', 1.0) * hd // 2)
        rotated = 1.0 / (base ** (np.arange(0, 2 * angles, 2, dtype=np.int64).astype(np.float64) / hd))
        inv = np.concatenate([rotated, np.zeros(hd // 2 - angles)])
        return inv / factor, 1.0
    raise ValueError(rope_type)


EDGE_CASES = [
    {'name': 'llama3, high_freq_factor below low_freq_factor (empty band)',
     'config': {'model_type': 'llama', 'head_dim': 128, 'max_position_embeddings': 65536, 'rope_theta': 500000.0,
                'rope_scaling': {'rope_type': 'llama3', 'factor': 8.0, 'low_freq_factor': 2.0, 'high_freq_factor': 1.0,
                                 'original_max_position_embeddings': 8192}}},
    {'name': "longrope ('su' in a phi3 config) with an explicit attention_factor",
     'config': {'model_type': 'phi3', 'hidden_size': 512, 'num_attention_heads': 8, 'max_position_embeddings': 32768,
                'original_max_position_embeddings': 2048, 'rope_theta': 10000.0,
                'rope_scaling': {'type': 'su', 'short_factor': [1 + 0.01 * i for i in range(32)],
                                 'long_factor': [1 + 0.5 * i for i in range(32)], 'attention_factor': 1.25}}},
    {'name': 'proportional (Gemma 4 global layers)',
     'config': {'model_type': 'gemma4_text', 'head_dim': 256, 'global_head_dim': 512, 'max_position_embeddings': 131072,
                'layer_types': ['sliding_attention', 'full_attention'],
                'rope_parameters': {'full_attention': {'rope_type': 'proportional', 'rope_theta': 1000000.0, 'partial_rotary_factor': 0.25},
                                    'sliding_attention': {'rope_type': 'default', 'rope_theta': 10000.0}}}},
    {'name': 'rope_parameters theta wins over top-level; top-level original wins over the block',
     'config': {'model_type': 'qwen3', 'head_dim': 128, 'max_position_embeddings': 131072, 'rope_theta': 10000.0,
                'original_max_position_embeddings': 16384,
                'rope_parameters': {'rope_type': 'yarn', 'rope_theta': 1000000.0, 'factor': 8.0, 'original_max_position_embeddings': 32768}}},
    {'name': 'dynamic NTK at load and grown to 262144 tokens',
     'config': {'model_type': 'llama', 'hidden_size': 4096, 'num_attention_heads': 32, 'max_position_embeddings': 4096,
                'rope_scaling': {'type': 'dynamic', 'factor': 2.0}}},
]


def evaluate(raw, seq_lens):
    cfg = with_defaults(raw)
    layers = []
    for layer_type, p in rope_blocks(cfg):
        for seq in seq_lens:
            inv, attention = compute(cfg, p, seq)
            layers.append({'layerType': layer_type, 'seqLen': seq, 'invFreq': inv.tolist(), 'attentionFactor': float(attention)})
    return layers


def main():
    presets = json.loads((HERE.parent / 'presets.json').read_text())
    # seq_len None = at model load; 1e9 = past any original length (long_factor, dynamic grown), the
    # TypeScript test passes the same lengths.
    out = {'presets': [], 'cases': []}
    for preset in presets:
        out['presets'].append({'name': preset['name'], 'layers': evaluate(preset['config'], [None, 262144])})
    for case in EDGE_CASES:
        out['cases'].append({'name': case['name'], 'config': case['config'], 'layers': evaluate(case['config'], [None, 262144])})
    (HERE / 'transformers-reference.json').write_text(json.dumps(out, indent=0))


if __name__ == '__main__':
    main()
