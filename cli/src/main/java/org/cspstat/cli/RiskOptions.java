package org.cspstat.cli;

import java.nio.file.Path;
import org.cspstat.compare.CategoryGroups;
import org.cspstat.io.Dataset;
import org.cspstat.risk.Issues;
import org.cspstat.risk.RiskConfig;
import org.cspstat.trend.Trends;
import picocli.CommandLine.Option;

/** The risk matrix options: the county matrix, the scoring settings and the district's overrides. */
final class RiskOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "County matrix CSV (default: the bundled, illustrative matrix; see docs/risk.md)")
    Path config;

    @Option(names = "--settings", paramLabel = "FILE", description = "Scoring settings CSV (setting,value)")
    Path settings;

    @Option(names = "--override", paramLabel = "FILE", description = "District overrides CSV (issue,dimension,score,reason)")
    Path override;

    /** @return the configuration these options name, checked against the data's issue names */
    RiskConfig load(Dataset d) {
        return load(d, CategoryGroups.builtIn());
    }

    /**
     * @param groups the partnership's groups, whose names the matrix may use
     * @return the configuration these options name, checked against the data's issue names
     */
    RiskConfig load(Dataset d, CategoryGroups groups) {
        if (config == null && settings == null && override == null) {
            return RiskConfig.bundled();
        }
        return RiskConfig.load(config, settings, override, Issues.with(Trends.issueNames(d, groups)));
    }
}
