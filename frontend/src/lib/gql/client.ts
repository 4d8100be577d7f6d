/**
 * The one GraphQL client of the SPA: urql for queries and mutations over
 * HTTP POST (same origin, the session cookie rides along), graphql-ws for
 * subscriptions over one WebSocket on the same /graphql path. Components do
 * not use urql directly: they call `query`, `mutate` and `subscribe` with a
 * typed document from ./generated, and get a typed result or an ApiError.
 */
import { Client, fetchExchange, subscriptionExchange, type CombinedError } from '@urql/core';
import { onEnd, pipe, subscribe as wonkaSubscribe } from 'wonka';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import type { TypedDocumentString } from './generated/graphql';

/** The error codes of the API (extensions.code), plus NETWORK when the server could not be reached. */
export type ErrorCode =
	| 'UNAUTHENTICATED'
	| 'FORBIDDEN'
	| 'NOT_FOUND'
	| 'INVALID_INPUT'
	| 'PHASE_CLOSED'
	| 'LOCKED'
	| 'CONFLICT'
	| 'RATE_LIMITED'
	| 'INTERNAL'
	| 'NETWORK';

export const NETWORK_MESSAGE = 'Le serveur est injoignable : vérifiez votre connexion.';

/** A refusal of the API (its French message, shown as is) or a network failure. */
export class ApiError extends Error {
	constructor(
		readonly code: ErrorCode,
		message: string,
		/** The input field at fault (camelCase), when the API names it. */
		readonly field?: string
	) {
		super(message);
		this.name = 'ApiError';
	}

	/** The request never got an answer: retrying later may work. */
	get network(): boolean {
		return this.code === 'NETWORK';
	}
}

/** The ApiError an urql error stands for: the first GraphQL error, or NETWORK. */
export function toApiError(error: CombinedError | { networkError?: unknown; graphQLErrors: { message: string; extensions?: Record<string, unknown> }[] }): ApiError {
	const first = error.graphQLErrors[0];
	if (!first) return new ApiError('NETWORK', NETWORK_MESSAGE);
	const ext = first.extensions ?? {};
	const code = (typeof ext.code === 'string' ? ext.code : 'INTERNAL') as ErrorCode;
	return new ApiError(code, first.message, typeof ext.field === 'string' ? ext.field : undefined);
}

type Vars<V> = V extends Record<string, never> ? Record<string, never> | undefined : V;

let ws: WsClient | undefined;
let client: Client | undefined;
const reconnectListeners = new Set<() => void>();

function wsClient(): WsClient {
	if (ws) return ws;
	const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
	ws = createWsClient({
		url,
		lazy: true,
		// The exam lasts all day: always try again, with graphql-ws's randomised back-off.
		retryAttempts: Number.MAX_SAFE_INTEGER,
		shouldRetry: () => true,
		keepAlive: 10_000,
		on: {
			// Anything may have changed while the socket was down: listeners refetch.
			connected: (_socket, _payload, wasRetry) => {
				if (wasRetry) for (const l of reconnectListeners) l();
			}
		}
	});
	return ws;
}

function urql(): Client {
	if (client) return client;
	client = new Client({
		url: '/graphql',
		// No document cache: the workspace keeps its own state, versioned by the server.
		exchanges: [
			fetchExchange,
			subscriptionExchange({
				forwardSubscription(request) {
					const input = { ...request, query: request.query || '' };
					return {
						subscribe(sink) {
							const dispose = wsClient().subscribe(input, sink);
							return { unsubscribe: dispose };
						}
					};
				}
			})
		],
		fetchOptions: { credentials: 'same-origin' },
		requestPolicy: 'network-only',
		preferGetMethod: false
	});
	return client;
}

/** Runs a query; resolves to its data or rejects with an ApiError. */
export async function query<R, V>(doc: TypedDocumentString<R, V>, variables: Vars<V>): Promise<R> {
	const res = await urql().query(doc.toString(), variables ?? {}).toPromise();
	if (res.error) throw toApiError(res.error);
	return res.data as R;
}

/** Runs a mutation; resolves to its data or rejects with an ApiError. */
export async function mutate<R, V>(doc: TypedDocumentString<R, V>, variables: Vars<V>): Promise<R> {
	const res = await urql().mutation(doc.toString(), variables ?? {}).toPromise();
	if (res.error) throw toApiError(res.error);
	return res.data as R;
}

/** Subscribes; returns the function that ends the subscription. */
export function subscribe<R, V>(
	doc: TypedDocumentString<R, V>,
	variables: Vars<V>,
	onData: (data: R) => void,
	onError?: (error: ApiError) => void,
	onComplete?: () => void
): () => void {
	let done = false;
	const sub = pipe(
		urql().subscription(doc.toString(), variables ?? {}),
		onEnd(() => {
			if (!done) onComplete?.();
		}),
		wonkaSubscribe((res) => {
			if (res.error) onError?.(toApiError(res.error));
			else if (res.data) onData(res.data as R);
		})
	);
	return () => {
		done = true;
		sub.unsubscribe();
	};
}

/** Called after the WebSocket came back from a loss; returns the function that removes the listener. */
export function onReconnect(listener: () => void): () => void {
	reconnectListeners.add(listener);
	return () => reconnectListeners.delete(listener);
}

/**
 * Forgets the connections (after login or logout): the WebSocket was
 * authenticated by the cookie of its upgrade request, so a new session needs a new socket.
 */
export function resetConnections(): void {
	void ws?.dispose();
	ws = undefined;
	client = undefined;
}

/** A fresh id for a command or an item (the API accepts client-chosen ids). */
export function newId(prefix: string): string {
	// getRandomValues, not randomUUID: the latter needs a secure context (a school
	// may serve the exam over plain HTTP on its own network).
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
