package org.accord.balloting.ledger;

import java.util.Map;

/**
 * Recomputes a ballot's tally from its export (rule, voters, entries), independently of the platform that
 * published it. The result is compared with the export's published {@code tally}
 * ({@link TallyComparison}); it should therefore use the same keys and JSON-like values (maps, lists, strings,
 * booleans, numbers). Implementations are found by {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/org.accord.balloting.ledger.TallyRecomputer} entry) or passed to
 * {@link BallotVerifierCli#run(String[], java.io.PrintStream, TallyRecomputer)}.
 */
@FunctionalInterface
public interface TallyRecomputer {

    /** The tally this export's votes produce under its rule. Effective votes: {@link LastVoteCounts#resolve}. */
    Map<String, Object> recompute(BallotExport export);
}
