package org.cspstat.peer;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * Funnel-plot control limits for rates (Spiegelhalter, "Funnel plots for comparing institutional
 * performance", Statistics in Medicine 24:1185–1202, 2005): each unit's rate
 * {@code y = observed / exposure} against its exposure, with limits around the target rate
 * {@code θ = Σ observed / Σ exposure} (the peers' pooled rate) that narrow as exposure grows.
 *
 * <p><b>Exact limits.</b> Under the null hypothesis a unit's count is Poisson with mean
 * {@code λ = θ·n}. The limit at probability {@code p} is the Poisson quantile
 * {@code r = qpois(p, λ)} pulled back by the paper's interpolation (its appendix),
 * {@code α = (F(r) − p) / (F(r) − F(r − 1))}, limit {@code (r − α) / n}, so the curves are smooth.
 *
 * <p><b>Over-dispersion.</b> Areas differ by more than chance (deprivation, town centres, night
 * economies), so with enough units the limits are widened as in the paper's section 5: z-scores
 * {@code z = (y − θ) / √(θ/n)}, winsorised at their 10th and 90th percentiles (R's default
 * quantile) so that outliers do not inflate the estimate, give
 * {@code φ = Σ z² / I}. {@link Dispersion#ADDITIVE} (the default) estimates a between-area
 * variance {@code τ² = (Iφ − (I − 1)) / (Σw − Σw²/Σw)}, {@code w = n/θ}, and draws
 * {@code θ ± z_p √(θ/n + τ²)}; {@link Dispersion#MULTIPLICATIVE} draws {@code θ ± z_p √(φθ/n)}.
 * When {@code Iφ ≤ I − 1} (no more spread than chance), or with fewer than
 * {@link #MIN_UNITS_FOR_DISPERSION} units, the exact limits stand. Lower limits stop at zero.
 *
 * <p>The figures are checked against R in {@code FunnelTest} (the R script is in docs/peers.md).
 */
public final class Funnel {
    /** Fewer units than this give no estimate of over-dispersion: the exact limits stand. */
    public static final int MIN_UNITS_FOR_DISPERSION = 5;
    /** The winsorising fraction at each end (10%, as in the paper's examples). */
    public static final double WINSOR = 0.10;

    /** How limits are widened for over-dispersion. */
    public enum Dispersion {
        /** Exact Poisson limits, never widened. */
        NONE,
        /** Limits widened by a factor √φ (the paper's multiplicative model). */
        MULTIPLICATIVE,
        /** Limits widened by a between-area variance τ² (the paper's additive random-effects model). */
        ADDITIVE
    }

    /** The two pairs of limits drawn. */
    public enum Level {
        /** 95% limits (about 2 standard errors). */
        P95(0.95, 1.959963984540054),
        /** 99.8% limits (about 3 standard errors). */
        P998(0.998, 3.090232306167813);

        private final double coverage;
        private final double z;

        Level(double coverage, double z) {
            this.coverage = coverage;
            this.z = z;
        }

        /** @return the central coverage, 0.95 or 0.998 */
        public double coverage() {
            return coverage;
        }

        /** @return the standard normal quantile of the upper limit */
        public double z() {
            return z;
        }
    }

    /**
     * One unit on the plot.
     *
     * @param name the unit, such as a district
     * @param observed its count
     * @param exposure its exposure (residents, or LSOAs), positive
     */
    public record Unit(String name, long observed, double exposure) {
        // validates the components.
        public Unit {
            requireNonNull(name, "name must not be null");
            if (observed < 0 || !(exposure > 0) || Double.isInfinite(exposure)) {
                throw new IllegalArgumentException(name + ": a count of at least 0 and a positive exposure are needed");
            }
        }

        /** @return observed / exposure */
        public double rate() {
            return observed / exposure;
        }
    }

    private final List<Unit> units;
    private final double target;
    private final Dispersion asked;
    private final double phi;
    private final double tau2;

    private Funnel(List<Unit> units, Dispersion dispersion) {
        this.units = List.copyOf(units);
        this.asked = dispersion;
        long o = 0;
        double e = 0;
        for (Unit u : units) {
            o += u.observed();
            e += u.exposure();
        }
        this.target = o / e;
        double[] z = new double[units.size()];
        double sw = 0;
        double sw2 = 0;
        for (int i = 0; i < z.length; i++) {
            Unit u = units.get(i);
            z[i] = target > 0 ? (u.rate() - target) / Math.sqrt(target / u.exposure()) : 0;
            double w = target > 0 ? u.exposure() / target : 0;
            sw += w;
            sw2 += w * w;
        }
        int n = z.length;
        if (n >= MIN_UNITS_FOR_DISPERSION && target > 0) {
            double[] w = winsorise(z, WINSOR);
            double ss = 0;
            for (double v : w) {
                ss += v * v;
            }
            this.phi = ss / n;
            double excess = n * phi - (n - 1);
            this.tau2 = excess > 0 ? excess / (sw - sw2 / sw) : 0;
        } else {
            this.phi = Double.NaN;
            this.tau2 = 0;
        }
    }

    /**
     * Computes the target and the over-dispersion of a set of units.
     *
     * @param units the units, at least one, with a positive total count or not
     * @param dispersion how to widen limits for over-dispersion
     * @return the funnel
     * @throws IllegalArgumentException when there are no units
     */
    public static Funnel of(List<Unit> units, Dispersion dispersion) {
        requireNonNull(dispersion, "dispersion must not be null");
        if (requireNonNull(units, "units must not be null").isEmpty()) {
            throw new IllegalArgumentException("a funnel needs at least one unit");
        }
        return new Funnel(units, dispersion);
    }

    /** @return the units */
    public List<Unit> units() {
        return units;
    }

    /** @return the target rate θ, the pooled rate of the units (per unit of exposure) */
    public double target() {
        return target;
    }

    /** @return the over-dispersion factor φ from winsorised z-scores; NaN with too few units */
    public double phi() {
        return phi;
    }

    /** @return the between-area variance τ² of the additive model (0 when not over-dispersed) */
    public double tau2() {
        return tau2;
    }

    /** @return the model the limits use: the one asked for, or NONE when there is no excess spread */
    public Dispersion dispersion() {
        if (asked == Dispersion.NONE || Double.isNaN(phi) || units.size() * phi <= units.size() - 1) {
            return Dispersion.NONE;
        }
        return asked;
    }

    /**
     * @param exposure an exposure, positive
     * @param level which limits
     * @return the lower limit of the rate at that exposure, at least 0
     */
    public double lower(double exposure, Level level) {
        return limit(exposure, level, false);
    }

    /**
     * @param exposure an exposure, positive
     * @param level which limits
     * @return the upper limit of the rate at that exposure
     */
    public double upper(double exposure, Level level) {
        return limit(exposure, level, true);
    }

    private double limit(double exposure, Level level, boolean upper) {
        if (!(exposure > 0)) {
            throw new IllegalArgumentException("exposure must be positive");
        }
        double p = upper ? 1 - (1 - level.coverage()) / 2 : (1 - level.coverage()) / 2;
        switch (dispersion()) {
            case ADDITIVE: {
                double sd = Math.sqrt(target / exposure + tau2);
                return Math.max(0, target + (upper ? 1 : -1) * level.z() * sd);
            }
            case MULTIPLICATIVE: {
                double sd = Math.sqrt(phi * target / exposure);
                return Math.max(0, target + (upper ? 1 : -1) * level.z() * sd);
            }
            default:
                return exactCount(target * exposure, p) / exposure;
        }
    }

    /**
     * Where a unit lies.
     *
     * @param unit a unit
     * @return its position against the limits at its exposure
     */
    public Position position(Unit unit) {
        double y = unit.rate();
        if (y > upper(unit.exposure(), Level.P998)) {
            return Position.ABOVE_998;
        }
        if (y > upper(unit.exposure(), Level.P95)) {
            return Position.ABOVE_95;
        }
        if (y < lower(unit.exposure(), Level.P998)) {
            return Position.BELOW_998;
        }
        if (y < lower(unit.exposure(), Level.P95)) {
            return Position.BELOW_95;
        }
        return Position.WITHIN;
    }

    /**
     * The exact Poisson limit of a count, with the paper's interpolation between whole counts.
     *
     * @param mean the expected count λ, at least 0
     * @param p the probability, strictly between 0 and 1
     * @return {@code r − α} with {@code r = qpois(p, λ)} and {@code α = (F(r) − p) / (F(r) − F(r − 1))}
     */
    public static double exactCount(double mean, double p) {
        if (!(mean >= 0) || !(p > 0 && p < 1)) {
            throw new IllegalArgumentException("need a mean of at least 0 and 0 < p < 1");
        }
        if (mean == 0) {
            return 0;
        }
        long r = quantile(mean, p);
        double fr = cdf(r, mean);
        double fr1 = r > 0 ? cdf(r - 1, mean) : 0;
        double alpha = fr == fr1 ? 0 : (fr - p) / (fr - fr1);
        return Math.max(0, r - alpha);
    }

    /** @return P(X ≤ k) for X Poisson with the mean */
    static double cdf(long k, double mean) {
        return k < 0 ? 0 : Gamma.regularizedGammaQ(k + 1.0, mean);
    }

    /** @return the smallest r with P(X ≤ r) ≥ p, as R's qpois */
    static long quantile(double mean, double p) {
        double z = new org.apache.commons.math3.distribution.NormalDistribution().inverseCumulativeProbability(p);
        long r = Math.max(0, (long) Math.floor(mean + z * Math.sqrt(mean)));
        while (r > 0 && cdf(r - 1, mean) >= p) {
            r--;
        }
        while (cdf(r, mean) < p) {
            r++;
        }
        return r;
    }

    /**
     * Replaces values below the {@code fraction} quantile and above the {@code 1 − fraction}
     * quantile by those quantiles (R's default, type 7, quantile).
     *
     * @param values the values
     * @param fraction the fraction at each end, such as 0.1
     * @return the winsorised values, in the same order
     */
    static double[] winsorise(double[] values, double fraction) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double lo = quantile7(sorted, fraction);
        double hi = quantile7(sorted, 1 - fraction);
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.min(hi, Math.max(lo, values[i]));
        }
        return out;
    }

    private static double quantile7(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** @return units listed by position, for tests and tables */
    List<Position> positions() {
        List<Position> out = new ArrayList<>();
        units.forEach(u -> out.add(position(u)));
        return out;
    }
}
