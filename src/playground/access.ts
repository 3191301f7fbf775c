import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { ConfigError } from '../bot/config.ts';
import { ApiError } from './http-io.ts';

/** 127.0.0.0/8, ::1 and the name localhost: only this machine can reach them. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  return isIP(bare) === 4 && bare.startsWith('127.');
}

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/**
 * The playground has no login: whoever reaches it drives the bot and reads the channel. Binding it beyond loopback
 * therefore needs an explicit opt-in, and even then says so loudly; returns that warning, if any.
 */
export function checkExposure(host: string, allowNetwork: boolean): string | undefined {
  if (isLoopback(host)) return undefined;
  if (!allowNetwork) {
    throw new ConfigError(
      `PLAYGROUND_HOST=${host} would let anyone on the network drive the playground (it has no login): keep 127.0.0.1, or set PLAYGROUND_ALLOW_NETWORK=true if that is really what you want.`,
    );
  }
  return `Warning: the playground listens on ${host}, beyond this machine, and has no login: anyone who can reach it can use the bot and read its channel (PLAYGROUND_ALLOW_NETWORK=true).`;
}

const withPort = (host: string, port: number) => {
  const name = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return port === 80 ? [name, `${name}:80`] : [`${name}:${port}`];
};

/**
 * The `Host` values a browser sends for this playground: the loopback names and the bound address with its port,
 * plus, for a wildcard bind (opted in), this machine's own names and addresses. Anything else is a DNS-rebinding
 * page that resolved its own name to us, or a proxy we were not told about.
 */
export function allowedHosts(port: number, ...bound: string[]): Set<string> {
  const names = ['localhost', '127.0.0.1', '::1', ...bound];
  if (bound.some((host) => WILDCARDS.has(host))) {
    names.push(hostname());
    for (const addresses of Object.values(networkInterfaces())) {
      for (const address of addresses ?? []) names.push(address.address);
    }
  }
  return new Set(names.flatMap((name) => withPort(name.toLowerCase(), port)));
}

/**
 * Refuses what a hostile web page can make a browser send: any request under a foreign `Host` (421), and a POST
 * that is not JSON (415: a plain HTML form can post text/plain) or that comes from another origin (403: `Origin`
 * must be absent, as from curl, or one of ours; a form in a sandboxed frame sends `Origin: null`).
 */
export function checkRequest(req: IncomingMessage, hosts: ReadonlySet<string>): void {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!hosts.has(host)) throw new ApiError(421, 'This playground only answers under its own address (Host header).');
  if (req.method !== 'POST') return;
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new ApiError(415, 'Requests must be sent as application/json.');
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.has(originHost(origin))) {
    throw new ApiError(403, 'Requests from other web pages are refused (Origin header).');
  }
}

function originHost(origin: string): string {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' ? url.host.toLowerCase() : '';
  } catch {
    return '';
  }
}
