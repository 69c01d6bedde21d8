package org.cspstat.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the evidence pack is made from, shared by {@code report} and {@code charts}. */
final class PackOptions {
    @Mixin
    DataOptions data;

    @Mixin
    PeriodOptions periods;

    @Mixin
    RiskOptions risk;

    @Mixin
    EvidenceOptions evidence;

    @Option(names = "--category", paramLabel = "NAME",
            description = "Draw the monthly trend of this category or group (repeatable). Default: All crime, "
                    + "All ASB, the significant changes, then the largest categories, eight at most.")
    List<String> trends = new ArrayList<>();
}
