/**
 * A static file server for built sites, as a static host serves them: the
 * folder mounted under a base path, `index.html` for directories, `404.html`
 * for anything else. Listens on a free loopback port.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};
const typeOf = (file: string) => TYPES[path.extname(file)] ?? 'application/octet-stream';

export interface StaticServer {
	origin: string;
	/** Absolute URL of a path under the base. */
	url: (route?: string) => string;
	close: () => Promise<void>;
}

/** `onServe` hears of every file served: its path under the root and its size. */
export async function serveStatic(root: string, base = '/', onServe?: (file: string, bytes: number) => void): Promise<StaticServer> {
	return serveMounted([{ root, base }], onServe);
}

/**
 * Several builds on one origin, each under its base (`/` and `/archive/`, say): a request goes to the
 * build with the longest base that starts its path. `url` is relative to the first mount's base.
 */
export async function serveMounted(mounts: { root: string; base: string }[], onServe?: (file: string, bytes: number) => void): Promise<StaticServer> {
	const normal = mounts.map(({ root, base }) => ({ root, prefix: base.endsWith('/') ? base : `${base}/` }));
	const prefix = normal[0]!.prefix;
	const byLength = [...normal].sort((a, b) => b.prefix.length - a.prefix.length);
	const server: Server = createServer(async (request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const { root, prefix } = byLength.find((m) => pathname.startsWith(m.prefix)) ?? normal[0]!;
		const send = async (file: string, status = 200) => {
			const info = await stat(file);
			onServe?.(path.relative(root, file), info.size);
			response.writeHead(status, { 'Content-Type': typeOf(file), 'Content-Length': info.size, 'Cache-Control': 'no-cache' });
			if (request.method === 'HEAD') response.end();
			else createReadStream(file).pipe(response);
		};
		try {
			if (!pathname.startsWith(prefix)) throw new Error('outside base');
			let file = path.join(root, pathname.slice(prefix.length));
			if (!file.startsWith(root)) throw new Error('outside root');
			const info = await stat(file).catch(() => null);
			if (info?.isDirectory()) {
				if (!pathname.endsWith('/')) {
					response.writeHead(301, { Location: `${pathname}/` }).end();
					return;
				}
				file = path.join(file, 'index.html');
			}
			await send(file);
		} catch {
			await send(path.join(root, '404.html'), 404).catch(() => response.writeHead(404).end());
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		url: (route = '') => `${origin}${prefix}${route.replace(/^\/+/, '')}`,
		close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
	};
}
