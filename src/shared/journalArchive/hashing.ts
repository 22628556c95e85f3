import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** SHA-256 over bytes that arrive in pieces. */
export interface Hasher {
  update(bytes: Uint8Array): void;
  /** Lowercase hex. */
  hex(): Promise<string>;
}
export type NewHasher = () => Hasher;

/** Up to this many bytes are hashed at once by the platform (several times faster than script). */
const wholeUpTo = 64 * 1024 * 1024;

/**
 * The hasher for browsers and workers, where WebCrypto cannot hash in pieces: an attachment (tens of
 * megabytes at most) is held and hashed by WebCrypto in one call; anything larger is hashed as it
 * comes by @noble/hashes, so memory stays bounded whatever an archive holds. (The main process uses
 * Node's own incremental hash.)
 */
export const webHasher: NewHasher = () => {
  let held: Uint8Array[] | null = [];
  let heldBytes = 0;
  let streaming: ReturnType<typeof sha256.create> | null = null;
  return {
    update(bytes) {
      if (held) {
        held.push(bytes);
        heldBytes += bytes.length;
        if (heldBytes <= wholeUpTo) return;
        streaming = sha256.create();
        for (const piece of held) streaming.update(piece);
        held = null;
        return;
      }
      streaming!.update(bytes);
    },
    async hex() {
      if (streaming) return bytesToHex(streaming.digest());
      const whole = new Uint8Array(heldBytes);
      let at = 0;
      for (const piece of held!) {
        whole.set(piece, at);
        at += piece.length;
      }
      held = [];
      const digest = await crypto.subtle.digest('SHA-256', whole);
      return bytesToHex(new Uint8Array(digest));
    },
  };
};
