import { BinaryBitmap, DecodeHintType, HybridBinarizer, QRCodeReader, ResultMetadataType, RGBLuminanceSource } from "@zxing/library";

// Reads a QR code back from the SVG the pass page serves, as a camera would read the pixels: the SVG's
// one dark path (runs of modules: "M x y" a new row, "m dx 0" a gap, "h n" n dark modules) is drawn
// into a grey-scale image, SCALE pixels a module, and handed to zxing's QR reader.

const SCALE = 6;

export function decodeQrSvg(svg: string): { text: string; errorCorrection: unknown } {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const path = /<path[^>]*stroke="#000000"[^>]*d="([^"]*)"/.exec(svg)?.[1];
  if (!size || path === undefined) throw new Error("not a qrcode SVG");
  const dark = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (cmd === "M") [x, y] = [Number(a), Math.floor(Number(b))];
    else if (cmd === "m") x += Number(a);
    else {
      for (let i = 0; i < Number(a); i++) dark[y]![x + i] = true;
      x += Number(a);
    }
  }
  const width = size * SCALE;
  const pixels = new Uint8ClampedArray(width * width);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) pixels[py * width + px] = dark[Math.floor(py / SCALE)]![Math.floor(px / SCALE)] ? 0 : 255;
  }
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, width, width)));
  const result = new QRCodeReader().decode(bitmap, new Map([[DecodeHintType.PURE_BARCODE, false]]));
  return { text: result.getText(), errorCorrection: result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL) };
}
