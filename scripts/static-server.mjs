// A minimal static file server for the release build (no dependencies). Serves `dist/`
// at a path prefix (default "/"), so tests can check a sub-path deployment such as /fls/.
//   node scripts/static-server.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--base /fls/]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

export function serve({ dir = "dist", port = 8080, host = "127.0.0.1", base = "/" } = {}) {
  const root = resolve(dir);
  const prefix = base.endsWith("/") ? base : base + "/";
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://localhost");
      let path = decodeURIComponent(url.pathname);
      if (path + "/" === prefix) {
        res.writeHead(301, { Location: prefix });
        return res.end();
      }
      if (!path.startsWith(prefix)) {
        res.writeHead(404, { "Content-Type": "text/plain" });
        return res.end("Not found");
      }
      path = path.slice(prefix.length);
      if (path === "" || path.endsWith("/")) path += "index.html";
      const file = normalize(join(root, path));
      if (!file.startsWith(root)) {
        res.writeHead(403);
        return res.end();
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain" });
        return res.end("Not found");
      }
      const body = await readFile(file);
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file)] || "application/octet-stream",
        "Cache-Control": path === "index.html" || path === "sw.js" ? "no-cache" : "public, max-age=31536000, immutable",
      });
      res.end(body);
    } catch (error) {
      res.writeHead(500, { "Content-Type": "text/plain" });
      res.end(String(error));
    }
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = Object.fromEntries(
    process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), [])
  );
  const options = { dir: args.dir || "dist", port: Number(args.port || 8080), host: args.host || "127.0.0.1", base: args.base || "/" };
  serve(options).then(() => console.log(`FLS Toolkit: http://${options.host}:${options.port}${options.base}  (Ctrl+C to stop)`));
}
