package org.cspstat.output.docx;

/** The pixel size of a PNG, read from its header (no decoding). */
final class PngSize {
    private PngSize() {
    }

    /** @return {width, height}; 16 by 9 when the bytes are not a PNG */
    static int[] of(byte[] png) {
        if (png.length < 24 || png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R') {
            return new int[] {16, 9};
        }
        return new int[] {int32(png, 16), int32(png, 20)};
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
