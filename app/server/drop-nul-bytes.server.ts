import { Transform, type TransformCallback } from "node:stream";

// React 18.3's streaming renderer packs text into 2048-byte views; when a Chinese character (three
// bytes in UTF-8) does not fit in the last one or two bytes of a view, it sends the whole view,
// unused zero bytes included (facebook/react#31134, fixed only in React 19). Browsers show them as
// nothing or as boxes, and they break copy-paste and crawlers. A zero byte in UTF-8 can only be
// U+0000, which no page of ours contains (PostgreSQL text cannot hold it), so dropping every zero
// byte removes exactly the padding.
export class DropNulBytes extends Transform {
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (chunk.indexOf(0) === -1) return done(null, chunk);
    const kept = Buffer.allocUnsafe(chunk.length);
    let length = 0;
    for (const byte of chunk) if (byte !== 0) kept[length++] = byte;
    done(null, kept.subarray(0, length));
  }
}
