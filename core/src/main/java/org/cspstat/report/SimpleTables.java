package org.cspstat.report;

import java.util.List;
import java.util.ArrayList;
import org.cspstat.format.Column;
import org.cspstat.format.Table;

/** Builds a text-only table from column names and cells, for sections whose analyses give cells. */
final class SimpleTables {
    private SimpleTables() {
    }

    static Table of(String name, List<String> columns, List<List<String>> cells) {
        List<Column> out = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            int index = c;
            out.add(Column.text(columns.get(c), cells.stream().map(r -> r.get(index))));
        }
        return new Table(name, out);
    }

    static ReportTable table(String name, String caption, List<String> displayNames, List<List<String>> display,
            List<String> dataNames, List<List<String>> data) {
        return new ReportTable(name, caption, of(caption, displayNames, display), of(name, dataNames, data));
    }
}
