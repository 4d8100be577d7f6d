/**
 * The one polite live region of the app (rendered by LiveAnnouncer in the root
 * layout). Components call `announce` with a finished sentence — never a chunk of
 * a message still being streamed — so a screen reader speaks each thing once.
 */

/** Delay between clearing and setting the region, so that repeating the same sentence is spoken again. */
export const ANNOUNCE_DELAY_MS = 100;

class Announcer {
	message = $state('');
	#timer: ReturnType<typeof setTimeout> | undefined;

	announce(text: string) {
		clearTimeout(this.#timer);
		this.message = '';
		this.#timer = setTimeout(() => {
			this.message = text;
		}, ANNOUNCE_DELAY_MS);
	}

	/** Forget any pending message (tests, and a page that unmounts mid-announcement). */
	reset() {
		clearTimeout(this.#timer);
		this.message = '';
	}
}

/** The shared announcer; LiveAnnouncer renders its message. */
export const announcer = new Announcer();

/** Speak a finished sentence through the polite live region. */
export function announce(text: string): void {
	announcer.announce(text);
}
