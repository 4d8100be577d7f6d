/**
 * Autosave of one piece of text: debounced, one request at a time, the latest
 * value always wins, and nothing typed is dropped when a save fails — the value
 * is kept and sent again when the browser is back online (or at the next retry).
 */

/**
 * What SaveStatus shows: idle (nothing typed yet), saving, saved, offline, signed out
 * (the session ended: kept until the candidate logs in again), or refused by the server.
 */
export type SaveState = 'idle' | 'saving' | 'saved' | 'offline' | 'signed-out' | 'refused';

/** Sends a value to the server; rejects when it could not be saved. */
export type SaveFn = (value: string) => Promise<void>;

export interface AutosaveOptions {
	/** Quiet time after the last keystroke before saving. */
	debounceMs?: number;
	/** Time between retries while offline (the 'online' event retries sooner). */
	retryMs?: number;
	/**
	 * Where the unsent value is also kept (localStorage), so that a reload or a
	 * crashed tab loses nothing: e.g. `cellule:draft:<attempt>:<field>`.
	 */
	draftKey?: string;
	/** Whether a failed save is worth retrying (a network loss) or final (a refusal). Default: always retry. */
	retryable?: (error: unknown) => boolean;
	/**
	 * Whether a failure means the session ended (logout elsewhere, expiry): the text is
	 * then kept, here and in the draft, and sent again once the candidate has logged in.
	 */
	signedOut?: (error: unknown) => boolean;
}

/** The unsent value kept for a field, if any. */
export function readDraft(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

function writeDraft(key: string | undefined, value: string) {
	if (!key) return;
	try {
		localStorage.setItem(key, value);
	} catch {
		// Storage full or disabled: the value is still kept in memory.
	}
}

/** Forgets the draft kept for a field if the server already has it (only then). */
export function clearDraft(key: string | undefined, saved: string) {
	if (!key) return;
	try {
		// Only if nothing newer was typed meanwhile.
		if (localStorage.getItem(key) === saved) localStorage.removeItem(key);
	} catch {
		// ignore
	}
}

export class Autosaver {
	state = $state<SaveState>('idle');
	/** The server's reason when state is 'refused'. */
	reason = $state('');

	#save: SaveFn;
	#debounceMs: number;
	#retryMs: number;
	/** The latest value not yet confirmed by the server, or null. */
	#pending: string | null = null;
	#inflight = false;
	#debounce: ReturnType<typeof setTimeout> | undefined;
	#retry: ReturnType<typeof setTimeout> | undefined;
	#draftKey: string | undefined;
	#retryable: (error: unknown) => boolean;
	#signedOut: (error: unknown) => boolean;

	constructor(
		save: SaveFn,
		{ debounceMs = 800, retryMs = 10_000, draftKey, retryable = () => true, signedOut = () => false }: AutosaveOptions = {}
	) {
		this.#save = save;
		this.#debounceMs = debounceMs;
		this.#retryMs = retryMs;
		this.#draftKey = draftKey;
		this.#retryable = retryable;
		this.#signedOut = signedOut;
	}

	/** True while something typed has not been confirmed saved. */
	get unsaved(): boolean {
		return this.#pending !== null || this.#inflight;
	}

	/** Record a new value; it is saved once typing pauses. */
	change(value: string): void {
		this.#pending = value;
		writeDraft(this.#draftKey, value);
		clearTimeout(this.#debounce);
		this.#debounce = setTimeout(() => void this.flush(), this.#debounceMs);
	}

	/** Save now what is pending (on blur, on 'online', before leaving). */
	async flush(): Promise<void> {
		clearTimeout(this.#debounce);
		clearTimeout(this.#retry);
		if (this.#inflight || this.#pending === null) return;
		const value = this.#pending;
		this.#pending = null;
		this.#inflight = true;
		this.state = 'saving';
		try {
			await this.#save(value);
		} catch (error) {
			this.#inflight = false;
			const signedOut = this.#signedOut(error);
			if (!signedOut && !this.#retryable(error)) {
				// Refused (locked, invalid): sending it again would be refused again.
				clearDraft(this.#draftKey, value);
				this.reason = error instanceof Error ? error.message : String(error);
				this.state = 'refused';
				if (this.#pending !== null) await this.flush();
				return;
			}
			// Keep what failed unless something newer was typed meanwhile; after a
			// login (in another tab too: the cookie is shared) a retry goes through.
			this.#pending ??= value;
			this.state = signedOut ? 'signed-out' : 'offline';
			this.#retry = setTimeout(() => void this.flush(), this.#retryMs);
			return;
		}
		this.#inflight = false;
		clearDraft(this.#draftKey, value);
		if (this.#pending !== null) {
			// Typed during the save: send the newer value straight away.
			await this.flush();
			return;
		}
		this.state = 'saved';
	}

	/** Stop timers (component unmount); pending text stays pending. */
	dispose(): void {
		clearTimeout(this.#debounce);
		clearTimeout(this.#retry);
	}
}

/** The words SaveStatus shows for each state. */
export const SAVE_STATE_TEXT: Record<SaveState, string> = {
	idle: '',
	saving: 'Enregistrement…',
	saved: 'Enregistré',
	offline: 'Hors ligne — vos modifications seront envoyées à la reconnexion',
	'signed-out': 'Session terminée — votre texte est gardé sur cet appareil et sera envoyé après reconnexion',
	refused: 'Non enregistré'
};

/** Announced once when saving works again after being offline. */
export const BACK_ONLINE_TEXT = 'Connexion rétablie — modifications enregistrées';
