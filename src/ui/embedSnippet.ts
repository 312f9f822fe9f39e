/**
 * The HTML a teacher pastes to embed one widget: an iframe plus a tiny listener that sizes it. `title`
 * is the frame's accessible name, in the page's language (`ui.embedTitle`).
 */
export function embedSnippet(url: string, title: string, height: number): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return (
    `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${height}" ` +
    `style="border:0;max-width:100%" loading="lazy"></iframe>\n` +
    // The embed page posts its height; this resizes whichever iframe sent it.
    `<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="kexue-notebook:height")return;` +
    `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>`
  );
}
