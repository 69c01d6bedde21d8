package org.cspstat.cli;

import java.nio.file.Path;
import org.cspstat.compare.Population;
import org.cspstat.peer.Funnel;
import org.cspstat.peer.PeerGroups;
import picocli.CommandLine.Option;

/** How a district is placed among its peers: population, peer group, over-dispersion. */
final class PeerOptions {
    @Option(names = "--population", paramLabel = "FILE",
            description = "Residents by LSOA, ward or district (CSV code_or_name,residents, e.g. ONS mid-year "
                    + "estimates): rates per 1,000 residents. Without it districts are compared per LSOA, a proxy.")
    Path population;

    @Option(names = "--peers", paramLabel = "FILE",
            description = "A Most Similar Group: one district name a line, or district,peer lines. "
                    + "Default: every district in the data.")
    Path peers;

    @Option(names = "--dispersion", defaultValue = "additive", paramLabel = "MODEL",
            description = "How funnel limits widen when areas differ by more than chance: additive (default), "
                    + "multiplicative or none (exact Poisson limits only)")
    String dispersion;

    /** @return true when any peer option was given */
    boolean given() {
        return population != null || peers != null;
    }

    /** @return the population, or null */
    Population population() {
        return population == null ? null : Population.read(population);
    }

    /** @return the peer groups */
    PeerGroups groups() {
        return peers == null ? PeerGroups.everyDistrict() : PeerGroups.read(peers);
    }

    /** @return the over-dispersion model */
    Funnel.Dispersion model() {
        return Formats.choice("--dispersion", dispersion, Funnel.Dispersion.values());
    }
}
