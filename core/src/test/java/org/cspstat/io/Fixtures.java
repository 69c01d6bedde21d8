package org.cspstat.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small police.uk-format fixtures written to a temporary folder. */
final class Fixtures {
    static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Crime type,Last outcome category,Context";

    private Fixtures() {
    }

    static String crime(String id, String month, String type, String lsoaName) {
        return id + "," + month + ",Herts,Herts,-0.200000,51.900000,On or near Park Road,E01000001,"
                + lsoaName + "," + type + ",Under investigation,";
    }

    static String asb(String month, String lsoaName) {
        return "," + month + ",Herts,Herts,-0.201000,51.901000,On or near High Street,E01000002," + lsoaName
                + ",Anti-social behaviour,,";
    }

    static String noLocation(String id, String month, String type) {
        return id + "," + month + ",Herts,Herts,,,No Location,,," + type + ",Under investigation,";
    }

    static Path write(Path dir, String name, String... lines) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dataset load(Path path) {
        return Loader.load(LoadOptions.builder().data(path).build());
    }
}
