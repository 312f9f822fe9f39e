/**
 * Reads the pieces of a SentencePiece model file (a protobuf `ModelProto`, sentencepiece_model.proto):
 * field 1 holds the pieces (SentencePiece: 1 piece, 2 score, 3 type), field 2 the trainer spec (3
 * model_type: 1 unigram, 2 BPE, 3 word, 4 char). Only what a unigram lattice needs is decoded; every
 * other field is skipped by its wire type.
 */

/** SentencePiece.Type: 1 normal, 2 unknown, 3 control, 4 user defined, 5 unused, 6 byte. */
export interface ModelPiece {
  piece: string;
  score: number;
  type: number;
}

export interface SentencePieceModel {
  pieces: ModelPiece[];
  /** TrainerSpec.model_type: 1 unigram, 2 BPE, 3 word, 4 char (1 when absent, the proto's default). */
  modelType: number;
}

interface Field {
  field: number;
  /** Varint value (wire type 0), or the float (wire type 5). */
  value: number;
  /** Length-delimited bytes (wire type 2). */
  bytes?: Uint8Array;
}

function* fields(buf: Uint8Array): Generator<Field> {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let pos = 0;
  const varint = (): number => {
    let value = 0;
    for (let mul = 1; ; mul *= 128) {
      if (pos >= buf.length) throw new Error('SentencePiece model is truncated inside a number');
      const b = buf[pos++];
      value += (b & 0x7f) * mul;
      if (!(b & 0x80)) return value;
    }
  };
  while (pos < buf.length) {
    const key = varint();
    const field = Math.floor(key / 8);
    const wire = key % 8;
    if (wire === 0) yield { field, value: varint() };
    else if (wire === 1) pos += 8;
    else if (wire === 5) {
      yield { field, value: view.getFloat32(pos, true) };
      pos += 4;
    } else if (wire === 2) {
      const length = varint();
      if (pos + length > buf.length) throw new Error('SentencePiece model is truncated inside a field');
      yield { field, value: length, bytes: buf.subarray(pos, pos + length) };
      pos += length;
    } else throw new Error(`SentencePiece model has an unknown protobuf wire type ${wire}`);
  }
}

/** Decodes the pieces (with scores and types) and the model type of a `.model` file. */
export function parseSentencePieceModel(buf: Uint8Array): SentencePieceModel {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const pieces: ModelPiece[] = [];
  let modelType = 1;
  for (const f of fields(buf)) {
    if (f.field === 1 && f.bytes) {
      const piece: ModelPiece = { piece: '', score: 0, type: 1 };
      for (const g of fields(f.bytes)) {
        if (g.field === 1 && g.bytes) piece.piece = utf8.decode(g.bytes);
        else if (g.field === 2) piece.score = g.value;
        else if (g.field === 3) piece.type = g.value;
      }
      pieces.push(piece);
    } else if (f.field === 2 && f.bytes) {
      for (const g of fields(f.bytes)) if (g.field === 3 && !g.bytes) modelType = g.value;
    }
  }
  return { pieces, modelType };
}

/**
 * A unigram model's pieces as log p(w), scored as SentencePiece's own lattice scores them: normal
 * pieces by their score, user-defined ones by length × the highest score − 0.1 (unigram_model.cc,
 * so they always win); control, unknown, unused and byte pieces never match text. The unknown
 * character's log p is the lowest score minus 10 (kUnkPenalty).
 */
export function unigramScores(model: SentencePieceModel): { logp: Map<string, number>; unknownLogp: number } {
  if (model.modelType !== 1) throw new Error(`SentencePiece model must be a unigram model (type 1), got type ${model.modelType}`);
  const normal = model.pieces.filter((p) => p.type === 1);
  const max = normal.reduce((m, p) => Math.max(m, p.score), -Infinity);
  const min = normal.reduce((m, p) => Math.min(m, p.score), Infinity);
  const logp = new Map<string, number>();
  for (const p of normal) logp.set(p.piece, p.score);
  for (const p of model.pieces) if (p.type === 4) logp.set(p.piece, Array.from(p.piece).length * max - 0.1);
  return { logp, unknownLogp: min - 10 };
}
