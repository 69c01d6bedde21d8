package org.cspstat.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cspstat.io.Dataset;
import org.cspstat.io.ProgressListener;
import org.cspstat.peer.District;
import org.cspstat.peer.Districts;
import org.cspstat.format.TableFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cspstat areas}: the districts in the data, from LSOA names, with their LSOAs and rows. */
@Command(name = "areas", mixinStandardHelpOptions = true,
        description = "List the districts in the data (police.uk LSOA names are '<district> NNNX'), with the number "
                + "of LSOAs and rows of each; no lookup needed. Any of them can be given to --area-prefix or to "
                + "report --each-district.")
final class AreasCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String format = output.format("text", "csv", "json", "md");
        Dataset d = data.load(false, true, ProgressListener.NONE);
        Districts districts = Districts.of(d.counts());
        String text;
        if (format.equals("json")) {
            com.fasterxml.jackson.databind.node.ObjectNode j = org.cspstat.json.CspstatJson.mapper().createObjectNode();
            districts(j.putArray("districts"), districts.all());
            districts(j.putArray("partialDistricts"), districts.partial());
            j.put("rowsWithoutDistrict", districts.rowsWithoutDistrict()).put("accepted", d.quality().accepted());
            text = org.cspstat.json.CspstatJson.write(j);
        } else {
            List<List<String>> rows = new ArrayList<>();
            boolean plain = format.equals("csv");
            for (District x : districts.all()) {
                rows.add(List.of(x.name(), number(x.lsoas(), plain), number(x.rows(), plain)));
            }
            long partialRows = districts.partial().stream().mapToLong(District::rows).sum();
            if (!districts.partial().isEmpty()) {
                rows.add(List.of("(" + districts.partial().size() + " districts with only a few rows)",
                        number(districts.partial().stream().mapToLong(District::lsoas).sum(), plain),
                        number(partialRows, plain)));
            }
            rows.add(List.of("(no district: no location)", "", number(districts.rowsWithoutDistrict(), plain)));
            text = TableFormat.parse(format.equals("text") ? "text" : format)
                    .render(List.of("District", "LSOAs", "Rows"), rows);
            if (format.equals("text")) {
                text = "Data: " + d.source() + "\n" + districts.all().size() + " districts covered, "
                        + number(d.quality().accepted(), false) + " rows accepted\n" + text
                        + (districts.partial().isEmpty() ? "" : "Districts with only a few rows (fewer than "
                        + (int) Districts.MIN_ROWS_PER_LSOA_MONTH + " a month per LSOA: rows just beyond the force's "
                        + "boundary): " + String.join(", ", districts.partial().stream()
                                .map(x -> x.name() + " " + x.rows()).toList()) + "\n");
            }
        }
        output.write(spec.commandLine().getOut(), text, data.data);
        return ExitCodes.OK;
    }

    private static String number(long n, boolean plain) {
        return plain ? Long.toString(n) : String.format(Locale.ROOT, "%,d", n);
    }

    private static void districts(com.fasterxml.jackson.databind.node.ArrayNode out, List<District> districts) {
        for (District x : districts) {
            out.addObject().put("district", x.name()).put("lsoas", x.lsoas()).put("rows", x.rows());
        }
    }
}
