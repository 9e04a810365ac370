/**
 * The pHYs chunk of a PNG, read by hand from its bytes (not by the code that writes it): pixels per
 * unit on x and y, and the unit (1 = metre). For the unit and browser tests alike.
 */
export function physical(png: Buffer) {
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'pHYs') return { x: png.readUInt32BE(at + 8), y: png.readUInt32BE(at + 12), unit: png[at + 16] };
    at += 12 + length;
  }
  return null;
}
