package org.cspstat.output.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A small PNG encoder for RGB chart images (PNG 1.2: 8-bit truecolour, filter "Up" on every row,
 * fast deflate). Charts are mostly flat colour, so this compresses about as well as ImageIO's
 * encoder in a fraction of the time, which keeps the whole report within a few seconds.
 */
final class PngWriter {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngWriter() {
    }

    static byte[] write(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an RGB image");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        try {
            ByteArrayOutputStream idat = new ByteArrayOutputStream(w * h / 4);
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 64 * 1024)) {
                byte[] row = new byte[1 + 3 * w];
                row[0] = 2; // filter type Up: each byte minus the byte above it
                for (int y = 0; y < h; y++) {
                    int base = y * w;
                    for (int x = 0; x < w; x++) {
                        int p = pixels[base + x];
                        int q = y == 0 ? 0 : pixels[base - w + x];
                        row[1 + 3 * x] = (byte) ((p >> 16) - (q >> 16));
                        row[2 + 3 * x] = (byte) ((p >> 8) - (q >> 8));
                        row[3 + 3 * x] = (byte) (p - q);
                    }
                    z.write(row);
                }
            } finally {
                deflater.end();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(idat.size() + 64);
            DataOutputStream d = new DataOutputStream(out);
            d.write(SIGNATURE);
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream hd = new DataOutputStream(ihdr);
            hd.writeInt(w);
            hd.writeInt(h);
            hd.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, truecolour, deflate, adaptive filtering, no interlace
            chunk(d, "IHDR", ihdr.toByteArray());
            chunk(d, "IDAT", idat.toByteArray());
            chunk(d, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(DataOutputStream d, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
