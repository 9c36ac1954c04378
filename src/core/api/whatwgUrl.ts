// node-fetch@2 takes `url.URL || whatwgUrl.URL`; Node always has url.URL, so esbuild maps the
// whatwg-url package here instead of bundling it (its Unicode table alone was ~260 KB of the bundle).
export { URL } from 'url';
