/** Finds the ArrayBuffers inside a kernel result so the worker can transfer them instead of copying. */
export function buffersOf(value: unknown, out: Set<ArrayBuffer> = new Set(), depth = 0): ArrayBuffer[] {
  if (depth > 4 || value === null || typeof value !== 'object') return [...out];
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) out.add(value.buffer);
  } else if (Array.isArray(value)) {
    // Arrays of numbers or bigints hold no buffers; only look inside arrays of objects.
    for (const item of value.slice(0, 64)) buffersOf(item, out, depth + 1);
  } else {
    for (const item of Object.values(value)) buffersOf(item, out, depth + 1);
  }
  return [...out];
}
