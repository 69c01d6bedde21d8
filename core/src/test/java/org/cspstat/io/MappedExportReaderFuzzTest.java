package org.cspstat.io;

import org.cspstat.error.DataException;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes the mapped-export reader: the input is a mapping file, a line {@code %%}, then the
 * export's bytes. A mapping that does not parse (a clean {@link DataException}) is replaced by a
 * fixed valid one so the reader is still exercised. Seeds:
 * {@code MappedExportReaderFuzzTestInputs/mappingAndBytes/}.
 */
class MappedExportReaderFuzzTest {
    private static final ReadLimits SMALL = new ReadLimits(200, 200, 1L << 20, 2);
    private static final byte[] SEPARATOR = "\n%%\n".getBytes(StandardCharsets.US_ASCII);
    private static final ExportMapping FALLBACK = ExportMapping.parse("fallback.txt", List.of(
            "[file]", "encoding = windows-1252", "unmapped = reject",
            "[columns]", "id = Ref", "date = Date", "date format = dd/MM/yyyy", "category = Type",
            "area name = Ward", "latitude = Lat", "longitude = Lon",
            "[flags]", "DA = Y, Yes -> Domestic abuse",
            "[recode]", "Youth nuisance = Anti-social behaviour", "Noise = Noise"));

    @FuzzTest(maxDuration = "10s")
    void mappingAndBytes(byte[] input) {
        int cut = indexOf(input, SEPARATOR);
        byte[] csv = cut < 0 ? input : Arrays.copyOfRange(input, cut + SEPARATOR.length, input.length);
        ExportMapping mapping = FALLBACK;
        if (cut >= 0) {
            try {
                mapping = ExportMapping.parse("mapping.txt",
                        new String(input, 0, cut, StandardCharsets.UTF_8).lines().toList());
            } catch (DataException e) {
                mapping = FALLBACK;
            }
        }
        FuzzSupport.loadAndReconcile(LoadOptions.builder()
                .data(FuzzSupport.scratch("export.csv", csv))
                .mapping(mapping)
                .selection(input.length % 3 == 0 ? AreaSelection.all() : AreaSelection.namePrefix("Bedwell"))
                .limits(SMALL)
                .threads(1)
                .build());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
