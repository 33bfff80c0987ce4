import { createHmac, timingSafeEqual } from "node:crypto";
import { runtime } from "~/server/runtime.server";

// 入场码: the QR code of a fair registration (issue 12 item 3). A signed token, not a guessable id:
// "F<fairId>-R<registrationId>-<mac>", the mac being the first 50 bits of HMAC-SHA256 over the fair,
// the registration and the student, in Crockford base32 (10 characters, no I/L/O/U), so staff can
// type it when a camera fails. Forging one means guessing 2^50 macs through a throttled scanner.
// The key is derived from the session secret, so every instance sharing SESSION_SECRET agrees.
// The token says nothing about validity in time or cancellation: the check-in service judges those.

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const MAC_LENGTH = 10;
const SHAPE = /^F(\d{1,9})-R(\d{1,9})-([0-9A-HJKMNP-TV-Z]{10})$/;

export type PassClaims = { fairId: number; registrationId: number; studentId: number };

function passKey(): Buffer {
  return createHmac("sha256", runtime().sessionSecret).update("qingcheng/fair-pass/v1").digest();
}

function mac(claims: PassClaims): string {
  const digest = createHmac("sha256", passKey())
    .update(`${claims.fairId}.${claims.registrationId}.${claims.studentId}`)
    .digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 7)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 6n; // 56 bits → the first 50
  let out = "";
  for (let i = 0; i < MAC_LENGTH; i++) {
    out = ALPHABET[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return out;
}

/** The pass text for a registration: what the QR code holds and what staff may type. */
export function passCode(claims: PassClaims): string {
  return `F${claims.fairId}-R${claims.registrationId}-${mac(claims)}`;
}

/**
 * Reads a scanned or typed pass. Typed codes are forgiven case, spaces and the letters people confuse
 * (O→0, I/L→1). Returns the fair and registration it names, or null when it is not a pass at all
 * or its mac does not match (forged): the caller still checks the registration's student (`verify`).
 */
export function readPass(raw: string): { fairId: number; registrationId: number; verify: (studentId: number) => boolean } | null {
  const text = raw.trim().toUpperCase().replace(/\s+/g, "");
  const match = SHAPE.exec(text.replace(/(?<=-[0-9A-Z]*)[O]/g, "0").replace(/(?<=-[0-9A-Z]*)[IL]/g, "1"));
  if (!match) return null;
  const fairId = Number(match[1]);
  const registrationId = Number(match[2]);
  const given = Buffer.from(match[3]!);
  return {
    fairId,
    registrationId,
    verify: (studentId) => {
      const expected = Buffer.from(mac({ fairId, registrationId, studentId }));
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}
