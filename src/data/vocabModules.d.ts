// Modules the vocabulary plugin (src/data/vocabPlugin.ts) generates at build time: the compact text
// of one shipped vocabulary (read by compute/tokenize/shippedVocab.ts).
declare module 'virtual:kexue/vocab/albert' {
  const text: string;
  export default text;
}
declare module 'virtual:kexue/vocab/jieba' {
  const text: string;
  export default text;
}
