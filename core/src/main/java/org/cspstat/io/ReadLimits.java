package org.cspstat.io;

/**
 * Resource limits that keep memory bounded and hostile inputs harmless.
 *
 * @param maxFieldLength the longest field, in characters, a row may have; a longer field
 *     rejects its row
 * @param maxZipRatio how many times its compressed size a zip entry may expand to before it
 *     is treated as a zip bomb and reading stops
 * @param maxZipBytes the most bytes all entries of one zip may expand to
 * @param maxZipDepth how deeply zips inside zips are opened (1 = a zip, but no zip inside it)
 */
public record ReadLimits(int maxFieldLength, double maxZipRatio, long maxZipBytes, int maxZipDepth) {
    /** Defaults: fields of 10,000 characters, zip ratio 200, 64 GiB per zip, zips two deep. */
    public static final ReadLimits DEFAULT = new ReadLimits(10_000, 200, 64L << 30, 2);

    // validates the components. 
    public ReadLimits {
        if (maxFieldLength < 1 || maxZipRatio < 1 || maxZipBytes < 1 || maxZipDepth < 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }
}
