// gl-mat4 ships no types; these are the two functions glMat4Slim.ts re-exports (out = a·b, out = a⁻¹
// or null when a is singular), each on a 16-element column-major matrix.
declare module 'gl-mat4/multiply' {
  type Mat4 = Float32Array | number[];
  export default function multiply(out: Mat4, a: Mat4, b: Mat4): Mat4;
}
declare module 'gl-mat4/invert' {
  type Mat4 = Float32Array | number[];
  export default function invert(out: Mat4, a: Mat4): Mat4 | null;
}
