// A single-page app: nothing is rendered on the server, nothing prerendered;
// the Go server answers every page path with the fallback index.html.
export const ssr = false;
export const prerender = false;
