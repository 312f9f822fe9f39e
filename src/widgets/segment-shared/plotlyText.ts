/**
 * Text from the reader (pieces, their text) as plotly draws it: plotly reads a subset of HTML in
 * labels (<b>, <a href>, <br>, entities), so &, < and > are written as entities and shown literally.
 */
export function plotlyText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
