/**
 * A tamper-evident record of the votes in a ballot round, so that nobody has to take the result on trust.
 * Plain JDK (SHA-256, HMAC-SHA256); Jackson only for the export file.
 * <ul>
 *   <li>{@link org.accord.balloting.ledger.Ledger}: the append-only log of one ballot; every cast vote, including
 *       a changed vote, is an entry hash-chained to the one before (canonical form and genesis value:
 *       {@link org.accord.balloting.ledger.LedgerHashing}). Appending returns the voter's
 *       {@link org.accord.balloting.ledger.Receipt}.</li>
 *   <li>{@link org.accord.balloting.ledger.VoterTokens}: how voters appear in the log; HMAC tokens for secret ballots.</li>
 *   <li>{@link org.accord.balloting.ledger.ChainVerifier}, {@link org.accord.balloting.ledger.LastVoteCounts}:
 *       checking a published log and finding the effective votes.</li>
 *   <li>{@link org.accord.balloting.ledger.BallotExport}, {@link org.accord.balloting.ledger.BallotExportIo},
 *       {@link org.accord.balloting.ledger.BallotVerifierCli}: the published file and the stand-alone verifier.</li>
 * </ul>
 */
package org.accord.balloting.ledger;
