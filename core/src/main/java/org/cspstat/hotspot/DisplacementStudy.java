package org.cspstat.hotspot;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.compare.Comparison;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.compare.Grouping;
import org.cspstat.count.CountStore;
import org.cspstat.count.SnapPoint;
import org.cspstat.error.ConfigurationException;
import org.cspstat.error.UsageException;
import org.cspstat.geo.NamedPlace;
import org.cspstat.geo.NamedPlaces;
import org.cspstat.io.Dataset;
import org.cspstat.period.Period;

/**
 * The displacement workflow: did targeted work reduce the problem in a target place, or move it
 * into the place around it? Counts a category in named places (a target, a control, optionally a
 * buffer around each) over the months before and after the intervention began, and computes the
 * {@link Displacement weighted displacement difference}. A few lines:
 *
 * <pre>{@code
 * DisplacementStudy.Result r = DisplacementStudy.of(NamedPlaces.read(placesFile))
 *         .target("Market Square").buffer("Around the square").control("Railway Station")
 *         .start(YearMonth.of(2025, 1)).months(6)
 *         .run(Loader.load(LoadOptions.builder().sample().positions(true).build()));
 * double wdd = r.result().estimate();
 * }</pre>
 *
 * <p>A buffer that holds map points of the place it surrounds would count their incidents twice:
 * it is refused with a {@link ConfigurationException} whose {@link ConfigurationException#setting()}
 * is {@link #REMOVE_OVERLAP}, unless {@link #removeOverlap(boolean)} asks to count them in the
 * inner place only (which the result's notes then say). The counts come from the one comparison
 * engine ({@link Comparison}, by named place), so a period over months without data is refused
 * with a {@link org.cspstat.error.GapException} unless gaps are allowed. Not thread-safe; each
 * {@link #run} is independent.
 */
public final class DisplacementStudy {
    /** The setting that counts a buffer's points shared with its inner place in the inner place only. */
    public static final String REMOVE_OVERLAP = "removeOverlap";

    private final NamedPlaces places;
    private String placesName = "the named places";
    private String target;
    private String buffer;
    private String control;
    private String controlBuffer;
    private YearMonth start;
    private int months = 6;
    private String category = CategoryGroups.ALL_CRIME;
    private double confidence = Displacement.DEFAULT_CONFIDENCE;
    private boolean allowGaps;
    private boolean removeOverlap;

    private DisplacementStudy(NamedPlaces places) {
        this.places = requireNonNull(places, "places must not be null");
    }

    /**
     * @param places the named places the target, control and buffers are chosen from
     * @return a study to configure; target, control and start are required
     */
    public static DisplacementStudy of(NamedPlaces places) {
        return new DisplacementStudy(places);
    }

    /**
     * @param name how messages name the places, such as the file they were read from
     * @return this study
     */
    public DisplacementStudy placesName(String name) {
        this.placesName = requireNonNull(name, "name must not be null");
        return this;
    }

    /**
     * @param name the place the work targeted
     * @return this study
     */
    public DisplacementStudy target(String name) {
        this.target = name;
        return this;
    }

    /**
     * @param name the place around the target, where crime might move; null for none
     * @return this study
     */
    public DisplacementStudy buffer(String name) {
        this.buffer = name;
        return this;
    }

    /**
     * @param name a comparable place without the work
     * @return this study
     */
    public DisplacementStudy control(String name) {
        this.control = name;
        return this;
    }

    /**
     * @param name the place around the control, whose change the buffer's is compared with (the
     *     full WDD of Wheeler &amp; Ratcliffe 2018); null for none
     * @return this study
     */
    public DisplacementStudy controlBuffer(String name) {
        this.controlBuffer = name;
        return this;
    }

    /**
     * @param month the first month of the intervention
     * @return this study
     */
    public DisplacementStudy start(YearMonth month) {
        this.start = month;
        return this;
    }

    /**
     * @param n the months before and after compared (default 6), at least 1
     * @return this study
     */
    public DisplacementStudy months(int n) {
        this.months = n;
        return this;
    }

    /**
     * @param name a category or group (default {@code All crime})
     * @return this study
     */
    public DisplacementStudy category(String name) {
        this.category = requireNonNull(name, "name must not be null");
        return this;
    }

    /**
     * @param level the interval's confidence level, in (0, 1) (default 0.90, as {@code ptools::wdd})
     * @return this study
     */
    public DisplacementStudy confidence(double level) {
        this.confidence = level;
        return this;
    }

    /**
     * @param allow true to compare even when a period includes months without data
     * @return this study
     */
    public DisplacementStudy allowGaps(boolean allow) {
        this.allowGaps = allow;
        return this;
    }

    /**
     * @param remove true to count a buffer's map points shared with its inner place in the inner
     *     place only, instead of refusing the buffer
     * @return this study
     */
    public DisplacementStudy removeOverlap(boolean remove) {
        this.removeOverlap = remove;
        return this;
    }

    /**
     * Checks the request without data: the places are named and exist, the months and confidence
     * are in range. {@link #run} checks it too; a caller may check before loading data.
     *
     * @return this study
     * @throws UsageException when a required setting is missing or a place is not among the named places
     */
    public DisplacementStudy check() {
        if (target == null || control == null) {
            throw new UsageException("a displacement study needs a target and a control place");
        }
        if (start == null) {
            throw new UsageException("a displacement study needs the first month of the intervention");
        }
        if (months < 1) {
            throw new UsageException("the months before and after must be at least 1 but were " + months);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new UsageException("the confidence level must be between 0 and 1 but was " + confidence);
        }
        List<String> names = places.places().stream().map(NamedPlace::name).toList();
        List<String> wanted = new ArrayList<>(List.of(target, control));
        if (buffer != null) {
            wanted.add(buffer);
        }
        if (controlBuffer != null) {
            wanted.add(controlBuffer);
        }
        for (String place : wanted) {
            if (names.stream().noneMatch(n -> n.equalsIgnoreCase(place))) {
                throw new UsageException("no place named '" + place + "' in " + placesName + ": it has "
                        + String.join(", ", names));
            }
        }
        return this;
    }

    /**
     * Runs the study.
     *
     * @param data data loaded with positions ({@code LoadOptions.Builder.positions(true)}) when a
     *     place is a circle or polygon
     * @return the counts, the WDD and the notes on what it could not estimate
     * @throws UsageException when the request is incomplete or names an unknown place
     * @throws ConfigurationException when a buffer holds points of its inner place (setting
     *     {@link #REMOVE_OVERLAP}), or the data lack what the places need
     * @throws org.cspstat.error.GapException when a period includes months without data and gaps are not allowed
     */
    public Result run(Dataset data) {
        requireNonNull(data, "data must not be null");
        check();
        Period after = Period.of(start, start.plusMonths(months - 1L));
        Period before = Period.of(start.minusMonths(months), start.minusMonths(1));
        ComparisonResult r = Comparison.of(data).current(after).previous(before).by(Grouping.AREA).places(places)
                .issues(List.of(category)).allowGaps(allowGaps).run();
        Displacement.BeforeAfter t = counts(r, target);
        Displacement.BeforeAfter c = counts(r, control);
        List<String> notes = new ArrayList<>();
        Displacement.BeforeAfter b = buffer == null ? Displacement.BeforeAfter.NONE
                : withoutOverlap(data.counts(), buffer, target, before, after, counts(r, buffer), notes);
        Displacement.BeforeAfter cb = controlBuffer == null ? Displacement.BeforeAfter.NONE
                : withoutOverlap(data.counts(), controlBuffer, control, before, after, counts(r, controlBuffer), notes);
        if (buffer == null) {
            notes.add("displacement not estimated: no buffer was given, so the result is the local effect only");
        } else if (b.before() + b.after() == 0) {
            notes.add("displacement cannot be estimated: the buffer '" + buffer + "' has no incidents before or after");
        } else if (controlBuffer == null) {
            notes.add("no control buffer: the buffer's change is not compared with a control buffer's, so the "
                    + "displacement term assumes the buffer would not have changed without the work");
        } else if (cb.before() + cb.after() == 0) {
            notes.add("the control buffer '" + controlBuffer + "' has no incidents before or after");
        }
        return new Result(category, before, after, new Counted(target, t), counted(buffer, b), new Counted(control, c),
                counted(controlBuffer, cb), Displacement.wdd(t, c, b, cb, confidence), List.copyOf(notes));
    }

    private static Counted counted(String name, Displacement.BeforeAfter counts) {
        return name == null ? null : new Counted(name, counts);
    }

    /**
     * A named place's counts before and after.
     *
     * @param name the place's name as the study was given it
     * @param counts its counts (for a buffer, less any incidents counted in its inner place)
     */
    public record Counted(String name, Displacement.BeforeAfter counts) {
        /**
         * Validates the fields.
         *
         * @param name the place's name
         * @param counts its counts
         */
        public Counted {
            requireNonNull(name, "name must not be null");
            requireNonNull(counts, "counts must not be null");
        }
    }

    /**
     * What a study found.
     *
     * @param category the category or group counted
     * @param before the months before the intervention
     * @param after the months from its start
     * @param target the target's counts
     * @param buffer the buffer's counts, or null when no buffer was given
     * @param control the control's counts
     * @param controlBuffer the control buffer's counts, or null when none was given
     * @param result the weighted displacement difference
     * @param notes what could not be estimated and any overlap removed, as sentences without a full stop
     */
    public record Result(String category, Period before, Period after, Counted target, Counted buffer,
            Counted control, Counted controlBuffer, Displacement result, List<String> notes) {
        /**
         * Validates the fields and copies the notes.
         *
         * @param category the category or group counted
         * @param before the months before
         * @param after the months after
         * @param target the target's counts
         * @param buffer the buffer's counts, or null
         * @param control the control's counts
         * @param controlBuffer the control buffer's counts, or null
         * @param result the WDD
         * @param notes the notes
         */
        public Result {
            requireNonNull(category, "category must not be null");
            requireNonNull(before, "before must not be null");
            requireNonNull(after, "after must not be null");
            requireNonNull(target, "target must not be null");
            requireNonNull(control, "control must not be null");
            requireNonNull(result, "result must not be null");
            notes = List.copyOf(notes);
        }
    }

    /**
     * Refuses a buffer that holds map points of the place it surrounds (its incidents would be
     * counted twice), or, when asked, takes them out of the buffer and says so.
     */
    private Displacement.BeforeAfter withoutOverlap(CountStore store, String ring, String inner, Period before,
            Period after, Displacement.BeforeAfter counts, List<String> notes) {
        NamedPlace outer = place(ring);
        NamedPlace core = place(inner);
        Set<Integer> categories = new HashSet<>();
        for (int k : CategoryGroups.builtIn().resolve(store, List.of(category)).get(0).categories()) {
            categories.add(k);
        }
        Set<Integer> shared = new TreeSet<>();
        List<SnapPoint> points = store.hasPositions() ? store.points() : List.of();
        for (int i = 0; i < points.size(); i++) {
            SnapPoint p = points.get(i);
            String lsoa = p.area() < 0 ? "" : store.areas().get(p.area()).code();
            if (outer.contains(p.lon(), p.lat(), lsoa) && core.contains(p.lon(), p.lat(), lsoa)) {
                shared.add(i);
            }
        }
        if (shared.isEmpty()) {
            return counts;
        }
        long[] overlap = new long[2];
        store.forEachPointCount((cat, month, point, count) -> {
            if (categories.contains(cat) && shared.contains(point)) {
                if (before.contains(month)) {
                    overlap[0] += count;
                } else if (after.contains(month)) {
                    overlap[1] += count;
                }
            }
        });
        String where = String.format(Locale.ROOT, "'%s' overlaps '%s': %,d map point%s (such as '%s') lie in both, with %,d "
                + "incidents before and %,d after", ring, inner, shared.size(), shared.size() == 1 ? "" : "s",
                points.get(shared.iterator().next()).location(), overlap[0], overlap[1]);
        if (!removeOverlap) {
            throw new ConfigurationException(REMOVE_OVERLAP, placesName + ": " + where
                    + "; they would be counted twice. Draw the buffer as a ring outside the place, or remove the "
                    + "overlap to count them in '" + inner + "' only");
        }
        notes.add(where + "; they are counted in '" + inner + "' only (removed from '" + ring + "')");
        return new Displacement.BeforeAfter(counts.before() - overlap[0], counts.after() - overlap[1]);
    }

    private NamedPlace place(String name) {
        return places.places().stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst().orElseThrow();
    }

    private static Displacement.BeforeAfter counts(ComparisonResult r, String place) {
        // a place with no incidents in either period has no row: its counts are zero
        return r.rows().stream().filter(x -> x.area().equalsIgnoreCase(place)).findFirst()
                .map(row -> new Displacement.BeforeAfter(row.previous(), row.current()))
                .orElse(Displacement.BeforeAfter.NONE);
    }
}
