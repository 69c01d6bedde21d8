package org.cspstat.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class LsoaExtractTest {

    private static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n";

    @Test
    void keepsTheHeaderAndTheMatchingRowsByteForByte() {
        String kept1 = ",2021-01,H,H,-0.2,51.9,On or near Stevenage Road,E01023001,Stevenage 001A,Anti-social behaviour,,\n";
        String other = ",2021-01,H,H,-0.2,51.9,On or near Stevenage Road,E01023999,North Hertfordshire 001A,Drugs,,\n";
        String kept2 = "ab,2021-01,H,H,-0.2,51.9,\"On or near Potter'S Road, East\",E01023002,Stevenage 002B,Drugs,x,\r\n";
        String none = "cd,2021-01,H,H,,,No Location,,,Drugs,x,";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = LsoaExtract.filter((HEADER + kept1 + other + kept2 + none).getBytes(StandardCharsets.UTF_8),
                "Stevenage ", out);
        assertEquals(2, n);
        assertEquals(HEADER + kept1 + kept2, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheLsoaNameOfAQuotedLine() {
        assertEquals("Stevenage 002B",
                LsoaExtract.lsoaName("ab,2021-01,H,H,1,2,\"On or near A, \"\"B\"\"\",E01,Stevenage 002B,Drugs,x,"));
        assertEquals("", LsoaExtract.lsoaName("too,short"));
    }
}
