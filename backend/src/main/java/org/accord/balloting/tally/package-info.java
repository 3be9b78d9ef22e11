/**
 * Tally rules for ballots: framework-free, exact (rational) arithmetic, JDK only.
 * <p>
 * {@link org.accord.balloting.tally.Tally#compute} counts {@link org.accord.balloting.tally.Vote}s from an
 * electorate of {@link org.accord.balloting.tally.Voter}s under a {@link org.accord.balloting.tally.Rule}: a
 * {@link org.accord.balloting.tally.WeightingScheme} and a list of {@link org.accord.balloting.tally.Criterion}s that
 * must all hold. Presets reproduce domain.md §3 (ISO DIS/FDIS/CD/NP, CEN, CENELEC, FSC, IETF).
 * {@link org.accord.balloting.tally.BanzhafPower} checks whether a weighting does what it intends.
 * <p>
 * Decisions where the rules are silent:
 * <ul>
 * <li>No votes cast (e.g. everyone abstains): "at least"/"more than" shares fail, "at most" shares pass; never a
 * division by zero. So ISO DIS with only abstentions fails on (a).</li>
 * <li>Unreasoned negatives are not counted only under ISO DIS/FDIS (as §3 states); they are then neither votes cast
 * nor negatives, but still "present" and listed in the result's negative votes with {@code counted = false}.</li>
 * <li>ISO NP: abstentions excluded; a commitment counts from any P-member who returned a vote, whatever its
 * position; O-member commitments do not count.</li>
 * <li>CENELEC: abstentions are not votes cast.</li>
 * <li>FSC: abstentions count as present (quorum, 2/3 of power present) but not in the per-chamber majority. An empty
 * kind or sub-chamber leaves its share to the rest of its parent; an empty chamber holds no power and fails its
 * quorum (power is never moved between chambers).</li>
 * <li>IETF: members with no recorded position are in the base of the 2/3 (they are active, not recused).</li>
 * <li>Participation quota: any returned position counts as a vote cast by the constituency.</li>
 * </ul>
 */
@org.springframework.modulith.NamedInterface("tally")
package org.accord.balloting.tally;
