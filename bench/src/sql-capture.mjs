// Preloaded into the project's server by the bench (`--import`): while capturing (toggled by
// SIGUSR2), every statement any pg client sends is appended to BENCH_SQL_CAPTURE as one JSON line
// with its parameters, the client it went through and when it started and finished, so the bench
// can replay exactly what the server ran. Plain JavaScript: it runs before the server's own code.
import { appendFileSync } from 'node:fs';
import Module from 'node:module';
import { performance } from 'node:perf_hooks';

const file = process.env.BENCH_SQL_CAPTURE;
const ids = new WeakMap();
let nextClient = 1;
let capturing = false;

/** Wraps `Client.prototype.query` of one copy of pg (the ORM's knex and pg-boss may load different ones). */
function patch(Client) {
  const original = Client.prototype.query;
  Client.prototype.query = function capture(config, values, callback) {
    if (!capturing || config === undefined || typeof config.submit === 'function') {
      return original.call(this, config, values, callback);
    }
    if (!ids.has(this)) ids.set(this, nextClient++);
    const text = typeof config === 'string' ? config : config.text;
    const params = (typeof config === 'object' && config.values) || (Array.isArray(values) ? values : []);
    const entry = { client: ids.get(this), text, values: params, start: performance.now(), end: 0 };
    const done = () => {
      entry.end = performance.now();
      appendFileSync(file, `${JSON.stringify(entry)}\n`);
    };
    const cb = typeof values === 'function' ? values : callback;
    if (typeof cb === 'function') {
      const wrapped = (error, result) => {
        done();
        cb(error, result);
      };
      return typeof values === 'function'
        ? original.call(this, config, wrapped)
        : original.call(this, config, values, wrapped);
    }
    const result = original.call(this, config, values);
    if (result && typeof result.then === 'function') result.then(done, done);
    return result;
  };
}

if (file) {
  process.on('SIGUSR2', () => {
    capturing = !capturing;
    appendFileSync(file, `${JSON.stringify({ capturing })}\n`);
  });
  const patched = new WeakSet();
  const load = Module._load;
  Module._load = function loadAndPatch(request, ...rest) {
    const exported = load.call(this, request, ...rest);
    if (request === 'pg' && exported?.Client && !patched.has(exported.Client)) {
      patched.add(exported.Client);
      patch(exported.Client);
    }
    return exported;
  };
}
