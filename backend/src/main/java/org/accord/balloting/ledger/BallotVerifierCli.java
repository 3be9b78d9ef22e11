package org.accord.balloting.ledger;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Verifies a published ballot export so that nobody has to take the result on trust:
 * <pre>
 * java -cp ... org.accord.balloting.ledger.BallotVerifierCli export.json [--expect-head HASH]
 * </pre>
 * Checks, in order: the hash chain ({@link ChainVerifier}); optionally that the chain ends in a head hash published
 * earlier ({@code --expect-head}); that voter tokens are unique; that every entry's token is on the voter list;
 * that votes were cast between {@code opensAt} and {@code closesAt}; the effective (last) votes
 * ({@link LastVoteCounts}); and the tally, recomputed by a {@link TallyRecomputer} found by {@link ServiceLoader}
 * or passed in (without one it says "tally not recomputed: no recomputer", which is not a failure).
 *
 * <p>Exit status: {@value #PASS} all checks pass, {@value #FAIL} any check fails, {@value #UNREADABLE} the file cannot
 * be read or is not a well-formed export (or the command line is wrong).
 */
public final class BallotVerifierCli {

    public static final int PASS = 0;
    public static final int FAIL = 1;
    public static final int UNREADABLE = 2;

    private static final int MAX_LISTED = ChainVerifier.MAX_PROBLEMS;
    private static final String USAGE = "usage: BallotVerifierCli <export.json> [--expect-head <hash>]";

    private BallotVerifierCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs with the recomputer found by {@link ServiceLoader}, if any. Returns the exit status. */
    public static int run(String[] args, PrintStream out) {
        TallyRecomputer recomputer;
        try {
            recomputer = ServiceLoader.load(TallyRecomputer.class).findFirst().orElse(null);
        } catch (ServiceConfigurationError e) {
            recomputer = export -> {
                throw new IllegalStateException("the tally recomputer could not be loaded: " + e.getMessage(), e);
            };
        }
        return run(args, out, recomputer);
    }

    /**
     * Runs with the given recomputer ({@code null}: none). Writes the report to {@code out}; returns the exit status.
     */
    public static int run(String[] args, PrintStream out, TallyRecomputer recomputer) {
        Path file = null;
        String expectedHead = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--expect-head") && i + 1 < args.length) {
                expectedHead = args[++i];
            } else if (args[i].startsWith("-") || file != null) {
                out.println(USAGE);
                return UNREADABLE;
            } else {
                file = Path.of(args[i]);
            }
        }
        if (file == null) {
            out.println(USAGE);
            return UNREADABLE;
        }

        BallotExport export;
        try {
            export = BallotExportIo.read(file);
        } catch (NoSuchFileException e) {
            out.println("cannot read " + file + ": no such file");
            out.println("RESULT: UNREADABLE");
            return UNREADABLE;
        } catch (IOException | RuntimeException e) {
            out.println("cannot read " + file + ": " + e.getMessage());
            out.println("RESULT: UNREADABLE");
            return UNREADABLE;
        }
        return verify(file, export, expectedHead, out, recomputer);
    }

    private static int verify(Path file, BallotExport export, String expectedHead, PrintStream out,
                              TallyRecomputer recomputer) {
        BallotExport.Ballot ballot = export.ballot();
        List<LedgerEntry> entries = export.entries();
        out.println("Ballot export " + file);
        out.println("Ballot " + ballot.id() + " \"" + ballot.title() + "\", rule " + ballot.ruleName() + ", "
                + (ballot.secret() ? "secret" : "open") + " ballot, voting "
                + (ballot.opensAt() == null ? "?" : ballot.opensAt()) + " to "
                + (ballot.closesAt() == null ? "?" : ballot.closesAt()));
        int failed = 0;

        // 1. the chain
        Verification chain = ChainVerifier.verify(ballot.id(), entries);
        String head = ChainVerifier.headHash(ballot.id(), entries);
        failed += report(out, "chain", chain.problems(),
                entries.size() + " entries, positions 1.." + entries.size() + ", head hash " + head);

        // 2. the head hash published earlier
        if (expectedHead != null) {
            List<String> problems = expectedHead.equals(head) ? List.of()
                    : List.of("the log ends in " + head + ", not in the expected " + expectedHead);
            failed += report(out, "head", problems, "the log ends in the expected head hash");
        }

        // 3. the voter list
        Set<String> tokens = new HashSet<>();
        List<String> voterProblems = new ArrayList<>();
        for (BallotExport.Voter v : export.voters()) {
            if (!tokens.add(v.token())) {
                addCapped(voterProblems, "voter token " + v.token() + " is listed more than once");
            }
        }
        failed += report(out, "voters", voterProblems, export.voters().size() + " voters, tokens unique");

        // 4. every vote by a listed voter, within the voting window
        List<String> tokenProblems = new ArrayList<>();
        List<String> timeProblems = new ArrayList<>();
        for (LedgerEntry e : entries) {
            if (!tokens.contains(e.voterToken())) {
                addCapped(tokenProblems, "entry " + e.position() + ": voter token " + e.voterToken()
                        + " is not on the voter list");
            }
            if (ballot.opensAt() != null && e.castAt().isBefore(ballot.opensAt())) {
                addCapped(timeProblems, "entry " + e.position() + ": cast at " + e.castAt()
                        + ", before the ballot opened at " + ballot.opensAt());
            }
            if (ballot.closesAt() != null && e.castAt().isAfter(ballot.closesAt())) {
                addCapped(timeProblems, "entry " + e.position() + ": cast at " + e.castAt()
                        + ", after the ballot closed at " + ballot.closesAt());
            }
        }
        failed += report(out, "tokens", tokenProblems, "every entry's voter token is on the voter list");
        failed += report(out, "times", timeProblems, "every vote was cast while the ballot was open");

        // 5. the effective votes
        Map<String, LedgerEntry> effective = LastVoteCounts.resolve(entries);
        out.println("     votes: " + effective.size() + " effective (one per voter; "
                + (entries.size() - effective.size()) + " earlier votes replaced by a later one)"
                + describeCounts(LastVoteCounts.countByChoice(effective)));

        // 6. the tally
        if (recomputer == null) {
            out.println("     tally not recomputed: no recomputer");
        } else {
            List<String> tallyProblems;
            try {
                Map<String, Object> recomputed = recomputer.recompute(export);
                tallyProblems = recomputed == null ? List.of("the recomputer returned no tally")
                        : TallyComparison.differences(export.tally(), recomputed);
            } catch (RuntimeException e) {
                tallyProblems = List.of("the tally could not be recomputed: " + e.getMessage());
            }
            failed += report(out, "tally", tallyProblems, "the recomputed tally matches the published tally");
        }

        if (failed == 0) {
            out.println("RESULT: PASS, all checks passed");
            return PASS;
        }
        out.println("RESULT: FAIL, " + failed + " check(s) failed");
        return FAIL;
    }

    private static int report(PrintStream out, String check, List<String> problems, String okDetail) {
        if (problems.isEmpty()) {
            out.println("OK   " + check + ": " + okDetail);
            return 0;
        }
        out.println("FAIL " + check + ": " + problems.get(0));
        for (String p : problems.subList(1, problems.size())) {
            out.println("       " + p);
        }
        return 1;
    }

    private static void addCapped(List<String> problems, String problem) {
        if (problems.size() < MAX_LISTED) {
            problems.add(problem);
        } else if (problems.size() == MAX_LISTED) {
            problems.add("... further problems not listed");
        }
    }

    private static String describeCounts(Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(", by choice:");
        counts.forEach((choice, n) -> sb.append(' ').append(choice).append('=').append(n));
        return sb.toString();
    }
}
