package org.cspstat.geo;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the Stevenage boundary fixtures (ONS, Open Government Licence v3.0). */
final class Fixtures {
    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/boundaries/stevenage/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path wards() {
        return resource("ward.geojson");
    }

    static Path lsoas() {
        return resource("lsoa11.geojson");
    }
}
