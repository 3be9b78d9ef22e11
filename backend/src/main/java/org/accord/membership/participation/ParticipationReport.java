package org.accord.membership.participation;

import java.util.List;
import java.util.UUID;

/**
 * Who was invited to one round and who took part, overall and by constituency, region and Global Majority.
 *
 * @param kind               {@code BALLOT} or {@code COMMENT_PERIOD}
 * @param roundId            the ballot's or comment period's id
 * @param round              what people read, e.g. "Ballot 3: DIS ballot on CD 2" or "Comments on WD 1"
 * @param invited            people entitled to take part
 * @param participated       of those, how many took part (voted, or submitted at least one comment)
 * @param percent            participation rate in whole per cent, {@code null} when nobody was invited
 * @param otherParticipants  people who took part without being on the list (secretariat staff, say): not in the rates
 * @param byConstituency     one row per stakeholder group (a person counts in every group they belong to, so rows can
 *                           add up to more than the total), then "no stakeholder group" when someone has none
 * @param byRegion           one row per UN regional group, then "no UN regional group or country not known"
 * @param byGlobalMajority   Global Majority, not Global Majority, then "country not known"
 * @param missing            constituencies and regions with nobody taking part: invited but silent, or not invited
 * @param people             everyone invited and whether they took part; empty when {@code peopleHidden}
 * @param peopleHidden       true for secret ballots and in published reports: only the counts are shown
 */
public record ParticipationReport(String kind, UUID roundId, String round, int invited, int participated,
                                  Integer percent, int otherParticipants, List<Row> byConstituency,
                                  List<Row> byRegion, List<Row> byGlobalMajority, List<Missing> missing,
                                  List<Person> people, boolean peopleHidden) {

    public static final String BALLOT = "BALLOT";
    public static final String COMMENT_PERIOD = "COMMENT_PERIOD";

    public ParticipationReport {
        byConstituency = List.copyOf(byConstituency);
        byRegion = List.copyOf(byRegion);
        byGlobalMajority = List.copyOf(byGlobalMajority);
        missing = List.copyOf(missing);
        people = people == null ? List.of() : List.copyOf(people);
    }

    /** The dimension a row or a missing voice belongs to. */
    public enum Dimension { CONSTITUENCY, REGION, GLOBAL_MAJORITY }

    /** Why a constituency or region is missing: invited but nobody took part, or nobody from it was invited. */
    public enum Reason { SILENT, NOT_INVITED }

    /**
     * @param code    stakeholder group code, UN regional group name ({@code AFRICAN}…), {@code GLOBAL_MAJORITY},
     *                {@code OTHER}, or {@code NONE} for the bucket of people it cannot place
     * @param percent {@code null} when nobody of this row was invited
     */
    public record Row(Dimension dimension, String code, String label, int invited, int participated, Integer percent) {
        public boolean missingVoice() {
            return participated == 0 && !Participation.NONE.equals(code);
        }
    }

    public record Missing(Dimension dimension, String code, String label, Reason reason, int invited) {
    }

    /** {@code constituencies}: stakeholder group labels; {@code region}: UN regional group label or null. */
    public record Person(UUID userId, String name, String organisation, String country, List<String> constituencies,
                         String region, Boolean globalMajority, boolean participated) {
    }

    /** The same report without the list of people: what is published. */
    public ParticipationReport withoutPeople() {
        return new ParticipationReport(kind, roundId, round, invited, participated, percent, otherParticipants,
                byConstituency, byRegion, byGlobalMajority, missing, List.of(), true);
    }

    public List<Missing> missing(Dimension dimension) {
        return missing.stream().filter(m -> m.dimension() == dimension).toList();
    }
}
