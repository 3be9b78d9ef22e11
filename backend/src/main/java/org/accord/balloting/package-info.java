/**
 * Ballot rounds with weighted votes: tally rules (ISO, CEN, CENELEC, FSC, IETF presets), a hash-chained vote
 * ledger with receipts, and the export anyone can re-tally with the verifier.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Balloting")
package org.accord.balloting;
