package org.cspstat.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cspstat.geo.PolygonIndex;
import org.cspstat.geo.Polygons;
import org.cspstat.geo.Region;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cspstat lookup}: builds an LSOA to ward lookup from boundary files. */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "Build an LSOA -> ward lookup for --lookup from two boundary files (GeoJSON, WGS84): each LSOA "
                + "goes to the ward containing its centroid (the ONS 'best fit' method).")
final class LookupCommand implements Callable<Integer> {
    @Option(names = "--lsoas", required = true, paramLabel = "FILE", description = "LSOA boundaries (GeoJSON)")
    Path lsoas;

    @Option(names = "--wards", required = true, paramLabel = "FILE", description = "Ward boundaries (GeoJSON)")
    Path wards;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PolygonIndex small = Polygons.read(lsoas);
        PolygonIndex big = Polygons.read(wards);
        Map<String, String> lookup = big.lookupByCentroid(small.regions());
        Map<String, Region> wardByCode = new java.util.HashMap<>();
        big.regions().forEach(r -> wardByCode.put(r.code(), r));
        StringBuilder csv = new StringBuilder("LSOACD,LSOANM,WDCD,WDNM\n");
        for (Region lsoa : small.regions()) {
            Region ward = wardByCode.get(lookup.get(lsoa.code()));
            if (ward != null) {
                csv.append(cell(lsoa.code())).append(',').append(cell(lsoa.name())).append(',')
                        .append(cell(ward.code())).append(',').append(cell(ward.name())).append('\n');
            } else {
                spec.commandLine().getErr().println("cspstat: warning: " + lsoa.code() + " lies in no ward; left out");
            }
        }
        Output.text(spec.commandLine().getOut(), out, csv.toString(), java.util.List.of(lsoas, wards));
        return ExitCodes.OK;
    }

    private static String cell(String s) {
        String safe = org.cspstat.format.TableFormat.safeCsvCell(s);
        return safe.contains(",") || safe.contains("\"") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
