import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A single-page app: every route is rendered in the browser, and the Go
		// server answers unknown paths with this fallback page (see embed.go).
		adapter: adapter({
			pages: 'build',
			assets: 'build',
			fallback: 'index.html',
			// .br and .gz beside each file; the Go handler picks one by Accept-Encoding.
			precompress: true,
			strict: true
		}),
		// The app is served at the root of the Go server, and the fallback page is
		// answered for deep paths (/connexion/…): asset URLs must be absolute.
		paths: { relative: false },
		// SvelteKit hashes its inline bootstrap script and writes the policy into a
		// <meta> tag of index.html; the Go handler copies it into the HTTP header and
		// adds what a <meta> cannot carry (frame-ancestors).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// SvelteKit's route announcer (#svelte-announcer) carries one inline
				// style attribute (sveltejs/kit#11993). Allow that exact value by hash,
				// not inline styles in general. If kit changes it, the browser tests'
				// "no CSP violation" check fails and prints the new hash.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
	}
};

export default config;
