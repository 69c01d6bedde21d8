package org.cspstat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules docs/ARCHITECTURE.md draws, enforced on core's classes: no cycle among packages,
 * and dependencies only downwards through the layers (errors and vocabulary at the bottom, then
 * methods, counts, readers, analyses, formats, the pack). Nothing in core may reach the CLI or the output
 * module.
 */
class ArchitectureTest {
    static JavaClasses core;

    @Test
    void theImportSawCore() {
        org.junit.jupiter.api.Assertions.assertTrue(core.size() > 100, "classes imported: " + core.size());
    }

    @BeforeAll
    static void importCore() {
        // core's compiled classes alone (not a scan of the whole class path for the package)
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(Path.of("target", "classes"));
    }

    @Test
    void everyCorePackageHasALayer() {
        // a new package must be placed in dependenciesRunDownTheLayers (and docs/ARCHITECTURE.md)
        java.util.Set<String> placed = java.util.Set.of("error", "model", "period", "format", "stats", "geo", "count", "io",
                "compare", "trend", "hotspot", "risk", "outcome", "peer", "source", "harm", "place", "plan", "timeofday",
                "json", "table", "report");
        java.util.Set<String> packages = new java.util.TreeSet<>();
        core.forEach(c -> packages.add(c.getPackageName().replaceFirst("^org\\.cspstat\\.?", "").split("\\.")[0]));
        packages.removeAll(placed);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of(), packages, "packages without a layer");
    }

    @Test
    void corePackagesHaveNoCycle() {
        slices().matching("org.cspstat.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void noCycleEvenBetweenAPackageAndItsSubpackages() {
        // what jdeps -verbose:package sees: org.cspstat.count and org.cspstat.count.internal are two
        // packages, and neither may need the other in both directions
        slices().matching("org.cspstat.(**)").should().beFreeOfCycles().check(core);
    }

    @Test
    void dependenciesRunDownTheLayers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Errors").definedBy("org.cspstat.error..")
                .layer("Vocabulary").definedBy("org.cspstat.model..", "org.cspstat.period..")
                .layer("Writers").definedBy("org.cspstat.format..")
                .layer("Methods").definedBy("org.cspstat.stats..", "org.cspstat.geo..")
                .layer("Counts").definedBy("org.cspstat.count..")
                .layer("Readers").definedBy("org.cspstat.io..")
                .layer("Analyses").definedBy("org.cspstat.compare..", "org.cspstat.trend..",
                        "org.cspstat.hotspot..", "org.cspstat.risk..", "org.cspstat.outcome..", "org.cspstat.peer..",
                        "org.cspstat.source..", "org.cspstat.harm..", "org.cspstat.place..", "org.cspstat.plan..",
                        "org.cspstat.timeofday..")
                .layer("Formats").definedBy("org.cspstat.json..", "org.cspstat.table..")
                .layer("Pack").definedBy("org.cspstat.report..")
                .whereLayer("Errors").mayNotAccessAnyLayer()
                .whereLayer("Vocabulary").mayOnlyAccessLayers("Errors")
                .whereLayer("Writers").mayOnlyAccessLayers("Errors")
                .whereLayer("Methods").mayOnlyAccessLayers("Errors", "Vocabulary")
                .whereLayer("Counts").mayOnlyAccessLayers("Errors", "Vocabulary")
                .whereLayer("Readers").mayOnlyAccessLayers("Errors", "Vocabulary", "Writers", "Methods", "Counts")
                .whereLayer("Analyses").mayOnlyAccessLayers("Errors", "Vocabulary", "Writers", "Methods", "Counts",
                        "Readers")
                .whereLayer("Formats").mayOnlyAccessLayers("Errors", "Vocabulary", "Writers", "Methods", "Counts",
                        "Readers", "Analyses")
                .whereLayer("Pack").mayOnlyAccessLayers("Errors", "Vocabulary", "Writers", "Methods", "Counts",
                        "Readers", "Analyses", "Formats")
                .check(core);
    }

    @Test
    void coreNeverReachesTheCommandLineOrTheOutputModule() {
        noClasses().that().resideInAPackage("org.cspstat..").should().dependOnClassesThat()
                .resideInAnyPackage("org.cspstat.cli..", "org.cspstat.output..", "picocli..", "java.awt..",
                        "javax.swing..", "org.knowm.xchart..", "tech.tablesaw..")
                .check(core);
    }

    @Test
    void onlyTheFormatsLayerSerialisesWithJackson() {
        // the result records know nothing of JSON: no Jackson annotation anywhere, and Jackson's
        // serialisation (databind) only in org.cspstat.json
        noClasses().that().resideInAPackage("org.cspstat..").should().dependOnClassesThat()
                .resideInAPackage("com.fasterxml.jackson.annotation..")
                .check(core);
        noClasses().that().resideInAPackage("org.cspstat..").and().resideOutsideOfPackage("org.cspstat.json..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.databind..")
                .check(core);
    }
}
