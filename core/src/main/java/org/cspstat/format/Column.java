package org.cspstat.format;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * One named column of a {@link Table}: its kind and its values, row by row. Immutable: the values
 * are copied into an unmodifiable list. A missing value is {@code null} (for text, the empty
 * string); a decimal that is not finite is missing.
 *
 * @param name the heading
 * @param kind what the values are
 * @param values the values: {@link String} for {@link Kind#TEXT}, {@link Long} for
 *     {@link Kind#INTEGER}, {@link Double} for {@link Kind#DECIMAL}, {@link Boolean} for
 *     {@link Kind#FLAG}; {@code null} where missing
 */
public record Column(String name, Kind kind, List<Object> values) {

    /** What a column holds, so spreadsheets can store numbers as numbers and pages can round them. */
    public enum Kind {
        /** Text, shown as it is; missing is the empty string. */
        TEXT,
        /** Whole numbers, printed plainly ({@code 1234}). */
        INTEGER,
        /** Decimal numbers, printed in plain decimal ({@link TableFormat#plainNumber}). */
        DECIMAL,
        /** Yes/no flags, printed {@code true} or {@code false}. */
        FLAG
    }

    /**
     * Validates the column and copies its values.
     *
     * @param name the heading
     * @param kind what the values are
     * @param values the values, {@code null} where missing
     * @throws IllegalArgumentException when a value is not of the kind's type
     */
    public Column {
        requireNonNull(name, "name must not be null");
        requireNonNull(kind, "kind must not be null");
        List<Object> copy = new ArrayList<>(requireNonNull(values, "values must not be null"));
        for (int i = 0; i < copy.size(); i++) {
            copy.set(i, checked(kind, copy.get(i), name));
        }
        values = Collections.unmodifiableList(copy);
    }

    private static Object checked(Kind kind, Object v, String name) {
        if (v == null) {
            return kind == Kind.TEXT ? "" : null;
        }
        return switch (kind) {
            case TEXT -> v instanceof String ? v : fail(name, v);
            case INTEGER -> v instanceof Long || v instanceof Integer || v instanceof Short
                    ? Long.valueOf(((Number) v).longValue()) : fail(name, v);
            case DECIMAL -> v instanceof Number n ? (Double.isFinite(n.doubleValue()) ? Double.valueOf(n.doubleValue())
                    : null) : fail(name, v);
            case FLAG -> v instanceof Boolean ? v : fail(name, v);
        };
    }

    private static Object fail(String name, Object v) {
        throw new IllegalArgumentException("column '" + name + "': a " + v.getClass().getSimpleName()
                + " does not belong in it");
    }

    /**
     * @param name the heading
     * @param values the cells; {@code null} is empty
     * @return a text column
     */
    public static Column text(String name, List<String> values) {
        return new Column(name, Kind.TEXT, new ArrayList<>(values));
    }

    /**
     * @param name the heading
     * @param values the cells; {@code null} is empty
     * @return a text column
     */
    public static Column text(String name, Stream<String> values) {
        return new Column(name, Kind.TEXT, values.map(v -> (Object) v).toList());
    }

    /**
     * @param name the heading
     * @param values the whole numbers
     * @return an integer column
     */
    public static Column integers(String name, long... values) {
        List<Object> list = new ArrayList<>(values.length);
        for (long v : values) {
            list.add(v);
        }
        return new Column(name, Kind.INTEGER, list);
    }

    /**
     * @param name the heading
     * @param values the whole numbers
     * @return an integer column
     */
    public static Column integers(String name, int... values) {
        List<Object> list = new ArrayList<>(values.length);
        for (int v : values) {
            list.add((long) v);
        }
        return new Column(name, Kind.INTEGER, list);
    }

    /**
     * @param name the heading
     * @param values the whole numbers, {@code null} where missing
     * @return an integer column
     */
    public static Column integers(String name, List<Long> values) {
        return new Column(name, Kind.INTEGER, new ArrayList<>(values));
    }

    /**
     * @param name the heading
     * @param values the numbers; one that is not finite is missing
     * @return a decimal column
     */
    public static Column decimals(String name, double... values) {
        List<Object> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return new Column(name, Kind.DECIMAL, list);
    }

    /**
     * @param name the heading
     * @param values the numbers, {@code null} or not finite where missing
     * @return a decimal column
     */
    public static Column decimals(String name, List<Double> values) {
        return new Column(name, Kind.DECIMAL, new ArrayList<>(values));
    }

    /**
     * @param name the heading
     * @param values the flags
     * @return a flag column
     */
    public static Column flags(String name, boolean... values) {
        List<Object> list = new ArrayList<>(values.length);
        for (boolean v : values) {
            list.add(v);
        }
        return new Column(name, Kind.FLAG, list);
    }

    /** @return the number of values */
    public int size() {
        return values.size();
    }

    /** @return true for an integer or decimal column */
    public boolean isNumeric() {
        return kind == Kind.INTEGER || kind == Kind.DECIMAL;
    }

    /**
     * @param row the row, from 0
     * @return true when the value is missing (for text, empty)
     */
    public boolean isMissing(int row) {
        Object v = values.get(row);
        return v == null || kind == Kind.TEXT && ((String) v).isEmpty();
    }

    /**
     * @param row the row, from 0
     * @return the value, {@code null} where missing (for text, the empty string)
     */
    public Object value(int row) {
        return values.get(row);
    }

    /**
     * The value as CSV and plain text show it: text as it is, whole numbers plainly, decimals in
     * plain decimal with no exponent or trailing zeros ({@link TableFormat#plainNumber}), flags
     * {@code true} or {@code false}; empty when missing.
     *
     * @param row the row, from 0
     * @return the text
     */
    public String text(int row) {
        Object v = values.get(row);
        if (v == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> (String) v;
            case INTEGER -> Long.toString((Long) v);
            case DECIMAL -> TableFormat.plainNumber((Double) v);
            case FLAG -> v.toString();
        };
    }

    /**
     * @param row the row, from 0
     * @return the number of a numeric column; NaN where missing
     * @throws IllegalStateException for a text or flag column
     */
    public double number(int row) {
        if (!isNumeric()) {
            throw new IllegalStateException("column '" + name + "' holds " + kind + ", not numbers");
        }
        Object v = values.get(row);
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    /**
     * @param row the row, from 0
     * @return true when a flag column's value is true
     */
    public boolean isTrue(int row) {
        return kind == Kind.FLAG && Boolean.TRUE.equals(values.get(row));
    }

    /** @return the number of true values of a flag column (0 for any other kind) */
    public int countTrue() {
        int n = 0;
        for (int r = 0; r < values.size(); r++) {
            n += isTrue(r) ? 1 : 0;
        }
        return n;
    }

    /**
     * @param newName a heading
     * @return this column under another heading
     */
    public Column named(String newName) {
        return new Column(newName, kind, values);
    }
}
