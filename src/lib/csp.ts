/**
 * The Content-Security-Policy of every page, as a meta tag (a static host may
 * not let us send headers): only the site's own scripts, styles, frames and
 * workers; Pagefind's WebAssembly (`'wasm-unsafe-eval'`) and its worker, which
 * it may start from a blob. No inline script or style attribute anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self' blob:",
	"frame-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
].join('; ');
