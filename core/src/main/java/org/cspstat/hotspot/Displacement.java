package org.cspstat.hotspot;

import static java.util.Objects.requireNonNull;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The weighted displacement difference (WDD) of Wheeler &amp; Ratcliffe (2018), as R
 * {@code ptools::wdd} computes it with equal weights: did crime fall in a target area more than
 * in a control area, and did it move into the surrounding buffer?
 *
 * <p>With Δ = after − before for the target T, control C, buffer D and control buffer DC:
 * <pre>
 *   local        = ΔT − ΔC
 *   displacement = ΔD − ΔDC
 *   WDD          = local + displacement
 *   SE           = sqrt(T0 + T1 + C0 + C1 + D0 + D1 + DC0 + DC1)   (Poisson variances summed)
 *   interval     = WDD ± z_{1−α/2} · SE
 * </pre>
 * A negative WDD means crime fell in the target (and buffer) relative to the control. A missing
 * buffer or control buffer counts as 0 before and after. Reference: target 20 → 10, control
 * 20 → 20 gives WDD −10, SE √70 ≈ 8.37 and the 90% interval −23.76 to 3.76 (R
 * {@code ptools::wdd(c(20, 20), c(20, 10))}).
 *
 * @param local ΔT − ΔC
 * @param displacement ΔD − ΔDC
 * @param estimate the WDD, local + displacement
 * @param standardError the standard error
 * @param confidence the interval's confidence level, such as 0.90
 * @param lower the interval's lower end
 * @param upper the interval's upper end
 * @param z the estimate divided by its standard error (NaN when the standard error is 0)
 */
public record Displacement(double local, double displacement, double estimate,
        double standardError, double confidence, double lower, double upper, double z) {

    /** The confidence level of {@code ptools::wdd}'s default interval ({@code alpha = 0.1}). */
    public static final double DEFAULT_CONFIDENCE = 0.90;

    /**
     * Counts in one area before and after the date of an intervention.
     *
     * @param before the count before
     * @param after the count after
     */
    public record BeforeAfter(long before, long after) {
        /** No incidents before or after: an absent area. */
        public static final BeforeAfter NONE = new BeforeAfter(0, 0);

        /**
         * Validates the counts.
         *
         * @param before the count before
         * @param after the count after
         * @throws IllegalArgumentException when a count is negative
         */
        public BeforeAfter {
            if (before < 0 || after < 0) {
                throw new IllegalArgumentException("counts must be >= 0 but were " + before
                        + " and " + after);
            }
        }

        long change() {
            return after - before;
        }

        long sum() {
            return before + after;
        }
    }

    /**
     * Computes the WDD with no buffer and a 90% interval.
     *
     * @param target the target area's counts
     * @param control the control area's counts
     * @return the result
     */
    public static Displacement wdd(BeforeAfter target, BeforeAfter control) {
        return wdd(target, control, BeforeAfter.NONE, BeforeAfter.NONE, DEFAULT_CONFIDENCE);
    }

    /**
     * Computes the WDD.
     *
     * @param target the target area's counts
     * @param control the control area's counts
     * @param buffer the buffer around the target, or {@link BeforeAfter#NONE}
     * @param controlBuffer the buffer around the control, or {@link BeforeAfter#NONE}
     * @param confidence the interval's confidence level, in (0, 1)
     * @return the result
     * @throws IllegalArgumentException when the confidence is not in (0, 1)
     */
    public static Displacement wdd(BeforeAfter target, BeforeAfter control, BeforeAfter buffer,
            BeforeAfter controlBuffer, double confidence) {
        requireNonNull(target, "target must not be null");
        requireNonNull(control, "control must not be null");
        requireNonNull(buffer, "buffer must not be null");
        requireNonNull(controlBuffer, "controlBuffer must not be null");
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException(
                    "confidence must be in (0, 1) but was " + confidence);
        }
        double local = target.change() - control.change();
        double displacement = buffer.change() - controlBuffer.change();
        double estimate = local + displacement;
        double se = Math.sqrt((double) target.sum() + control.sum() + buffer.sum()
                + controlBuffer.sum());
        double q = new NormalDistribution().inverseCumulativeProbability(1 - (1 - confidence) / 2);
        return new Displacement(local, displacement, estimate, se, confidence, estimate - q * se,
                estimate + q * se, se > 0 ? estimate / se : Double.NaN);
    }
}
