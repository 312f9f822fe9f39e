/** What `npm run bench` measures: routes for first-load size, and widget drags (default and largest sizes). */
export const routes = ['', '?notebook=rope-beta-base', '?page=gallery', '?embed=rope-digits'];

/** `slider` picks the control to drag (default: the widget's first slider). */
export const scenarios = [
  { name: 'rope-digits (defaults)', url: '?embed=rope-digits', widgetSelector: '[data-widget=rope-digits]' },
  { name: 'rope-digits (d = 256)', url: '?embed=rope-digits&dim=256', widgetSelector: '[data-widget=rope-digits]', slider: '#embed-position-range' },
];
