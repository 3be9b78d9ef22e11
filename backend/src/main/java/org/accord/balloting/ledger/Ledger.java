package org.accord.balloting.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The in-memory, append-only vote log of one ballot. Thread-safe: appends are serialised, so positions and the
 * hash chain stay consistent under concurrent voting. Entries are never changed or removed.
 *
 * <p>Cast times are truncated to microseconds on append, so an entry survives a round trip through a database
 * timestamp column (PostgreSQL keeps microseconds) with its hash intact.
 */
public final class Ledger {

    private final String ballotId;
    private final String genesisHash;
    private final List<LedgerEntry> entries = new ArrayList<>();

    /** An empty log for a ballot. */
    public Ledger(String ballotId) {
        this.ballotId = Objects.requireNonNull(ballotId, "ballotId");
        this.genesisHash = LedgerHashing.genesisHash(ballotId);
    }

    /**
     * A log continuing from stored entries, e.g. after a restart.
     *
     * @throws IllegalArgumentException if the stored entries do not verify as this ballot's chain
     */
    public static Ledger resume(String ballotId, List<LedgerEntry> stored) {
        Verification v = ChainVerifier.verify(ballotId, stored);
        if (!v.ok()) {
            throw new IllegalArgumentException("stored log of ballot " + ballotId + " does not verify: "
                    + String.join("; ", v.problems()));
        }
        Ledger ledger = new Ledger(ballotId);
        ledger.entries.addAll(stored);
        return ledger;
    }

    /**
     * Appends a cast vote (a changed vote is appended like any other) and returns the voter's receipt.
     *
     * @param voterToken  see {@link VoterTokens}
     * @param commentRefs the reasons' comment references, empty if none
     * @param castAt      when the vote was cast; truncated to microseconds
     */
    public synchronized Receipt append(String voterToken, String choice, boolean reasoned, List<String> commentRefs,
                                       Instant castAt) {
        Objects.requireNonNull(castAt, "castAt");
        String head = headHash();
        LedgerEntry entry = LedgerEntry.create(entries.size() + 1L, ballotId, voterToken, choice, reasoned,
                commentRefs, castAt.truncatedTo(ChronoUnit.MICROS), head);
        entries.add(entry);
        return new Receipt(ballotId, entry.position(), entry.hash(), head);
    }

    public String ballotId() {
        return ballotId;
    }

    /** The genesis value of this ballot's chain. */
    public String genesisHash() {
        return genesisHash;
    }

    /** The current chain head: the last entry's hash, or the genesis value while the log is empty. */
    public synchronized String headHash() {
        return entries.isEmpty() ? genesisHash : entries.get(entries.size() - 1).hash();
    }

    public synchronized int size() {
        return entries.size();
    }

    /** A snapshot of the log, in position order. */
    public synchronized List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    /** Whether the receipt's entry is in the published log, at its position, unchanged. See {@link #checkReceipt}. */
    public static boolean verifyReceipt(Receipt receipt, List<LedgerEntry> published) {
        return checkReceipt(receipt, published).ok();
    }

    /**
     * Checks a receipt against a published log: the entry at the receipt's position exists, belongs to the ballot,
     * has the receipt's hash, its hash matches its contents, it was appended to the receipt's chain head, and the
     * log up to and including it is an intact chain. Problems in later entries are not the receipt's business
     * ({@link ChainVerifier} reports them).
     */
    public static Verification checkReceipt(Receipt receipt, List<LedgerEntry> published) {
        Objects.requireNonNull(receipt, "receipt");
        long position = receipt.position();
        String name = "entry " + position;
        if (position < 1 || position > published.size()) {
            return Verification.of(List.of(name + ": not in the published log (it has " + published.size()
                    + " entries)"));
        }
        LedgerEntry entry = published.get((int) (position - 1));
        List<String> problems = new ArrayList<>();
        if (entry == null) {
            return Verification.of(List.of(name + ": missing (null)"));
        }
        if (entry.position() != position) {
            problems.add(name + ": the log has an entry with position " + entry.position() + " in its place");
        }
        if (!entry.ballotId().equals(receipt.ballotId())) {
            problems.add(name + ": belongs to ballot \"" + entry.ballotId() + "\", the receipt to \""
                    + receipt.ballotId() + "\"");
        }
        if (!entry.hash().equals(receipt.entryHash())) {
            problems.add(name + ": hash differs from the receipt");
        }
        if (!entry.hashMatchesContents()) {
            problems.add(name + ": hash does not match its contents");
        }
        if (!entry.previousHash().equals(receipt.chainHeadHashAtAppend())) {
            problems.add(name + ": previousHash differs from the chain head on the receipt");
        }
        if (problems.isEmpty()) {
            Verification prefix = ChainVerifier.verify(receipt.ballotId(), published.subList(0, (int) position));
            if (!prefix.ok()) {
                problems.add(name + ": the log leading up to it is broken: " + prefix.firstProblem());
            }
        }
        return Verification.of(problems);
    }
}
