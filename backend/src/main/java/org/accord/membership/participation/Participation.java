package org.accord.membership.participation;

import org.accord.membership.StakeholderGroup;
import org.accord.membership.UnRegionalGroup;
import org.accord.membership.participation.ParticipationReport.Dimension;
import org.accord.membership.participation.ParticipationReport.Missing;
import org.accord.membership.participation.ParticipationReport.Person;
import org.accord.membership.participation.ParticipationReport.Reason;
import org.accord.membership.participation.ParticipationReport.Row;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.*;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The participation rules: from the people invited to a round and the people who took part, the counts and rates by
 * constituency, UN regional group and Global Majority, and the missing voices.
 * <ul>
 *   <li>A person counts once in the totals and once in every stakeholder group they belong to (count-toward-all),
 *       so the constituency rows can add up to more than the total.</li>
 *   <li>Someone with no stakeholder group (a member without organisation or seat application) is counted in a
 *       "no stakeholder group" row; someone whose country is not known, in a "not known" row. Those rows are never
 *       "missing voices": they name no constituency.</li>
 *   <li>Every configured stakeholder group and every UN regional group has a row, invited or not: a constituency
 *       nobody was invited from is a missing voice too ({@link Reason#NOT_INVITED}), as is one whose invitees all
 *       stayed silent ({@link Reason#SILENT}).</li>
 *   <li>Participants not on the list (staff, say) are reported apart and do not raise any rate.</li>
 *   <li>Rates are whole per cent, rounded half up; no rate where nobody was invited.</li>
 * </ul>
 */
public final class Participation {

    /** Code of the bucket for people a dimension cannot place. */
    public static final String NONE = "NONE";
    public static final String GLOBAL_MAJORITY = "GLOBAL_MAJORITY";
    public static final String OTHER = "OTHER";

    private Participation() {
    }

    /**
     * @param groups       the configured stakeholder groups, in display order
     * @param invited      the people entitled to take part (duplicates by user id are merged: groups united)
     * @param participants user ids of everyone who took part
     * @param showPeople   false for secret ballots: only counts
     */
    public static ParticipationReport report(String kind, UUID roundId, String round, List<StakeholderGroup> groups,
                                             Collection<Invitee> invited, Set<UUID> participants, boolean showPeople) {
        Map<UUID, Invitee> byUser = new LinkedHashMap<>();
        for (Invitee i : invited) {
            byUser.merge(i.userId(), i, Participation::merge);
        }
        List<Invitee> people = new ArrayList<>(byUser.values());
        Set<UUID> took = participants == null ? Set.of() : participants;
        Predicate<Invitee> active = i -> took.contains(i.userId());
        int total = people.size();
        int participated = (int) people.stream().filter(active).count();
        int others = (int) took.stream().filter(u -> !byUser.containsKey(u)).count();

        Map<String, String> groupLabels = new LinkedHashMap<>();
        groups.forEach(g -> groupLabels.put(g.code(), g.label()));
        people.forEach(p -> p.groups().forEach(g -> groupLabels.putIfAbsent(g, g)));

        List<Row> byConstituency = new ArrayList<>();
        groupLabels.forEach((code, label) -> byConstituency.add(row(Dimension.CONSTITUENCY, code, label, people,
                i -> i.groups().contains(code), active)));
        if (people.stream().anyMatch(i -> i.groups().isEmpty())) {
            byConstituency.add(row(Dimension.CONSTITUENCY, NONE, "No stakeholder group", people,
                    i -> i.groups().isEmpty(), active));
        }

        List<Row> byRegion = new ArrayList<>();
        for (UnRegionalGroup r : UnRegionalGroup.values()) {
            byRegion.add(row(Dimension.REGION, r.name(), r.label(), people, i -> region(i) == r, active));
        }
        if (people.stream().anyMatch(i -> region(i) == null)) {
            byRegion.add(row(Dimension.REGION, NONE, "No UN regional group or country not known", people,
                    i -> region(i) == null, active));
        }

        List<Row> byGm = new ArrayList<>();
        byGm.add(row(Dimension.GLOBAL_MAJORITY, GLOBAL_MAJORITY, "Global Majority", people,
                i -> Boolean.TRUE.equals(i.globalMajority()), active));
        byGm.add(row(Dimension.GLOBAL_MAJORITY, OTHER, "Not Global Majority", people,
                i -> Boolean.FALSE.equals(i.globalMajority()), active));
        if (people.stream().anyMatch(i -> i.globalMajority() == null)) {
            byGm.add(row(Dimension.GLOBAL_MAJORITY, NONE, "Country not known", people,
                    i -> i.globalMajority() == null, active));
        }

        List<Missing> missing = new ArrayList<>();
        for (List<Row> rows : List.of(byConstituency, byRegion, byGm)) {
            for (Row r : rows) {
                if (r.missingVoice()) {
                    missing.add(new Missing(r.dimension(), r.code(), r.label(),
                            r.invited() == 0 ? Reason.NOT_INVITED : Reason.SILENT, r.invited()));
                }
            }
        }

        List<Person> list = List.of();
        if (showPeople) {
            list = people.stream()
                    .sorted(Comparator.comparing((Invitee i) -> active.test(i)).thenComparing(i -> i.name() == null ? "" : i.name()))
                    .map(i -> new Person(i.userId(), i.name(), i.organisation(), i.country(),
                            i.groups().stream().map(g -> groupLabels.getOrDefault(g, g)).toList(),
                            Optional.ofNullable(region(i)).map(UnRegionalGroup::label).orElse(null),
                            i.globalMajority(), active.test(i)))
                    .toList();
        }
        return new ParticipationReport(kind, roundId, round, total, participated, percent(participated, total), others,
                byConstituency, byRegion, byGm, missing, list, !showPeople);
    }

    /** Whole per cent, half up; {@code null} when there is no one to divide by. */
    public static Integer percent(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValueExact();
    }

    private static UnRegionalGroup region(Invitee i) {
        return i.country() == null ? null : UnRegionalGroup.of(i.country()).orElse(null);
    }

    private static Row row(Dimension d, String code, String label, List<Invitee> people, Predicate<Invitee> in,
                           Predicate<Invitee> active) {
        int invited = 0;
        int took = 0;
        for (Invitee i : people) {
            if (in.test(i)) {
                invited++;
                if (active.test(i)) {
                    took++;
                }
            }
        }
        return new Row(d, code, label, invited, took, percent(took, invited));
    }

    /** The same person listed twice (two roles): one invitee, all groups, the first known country and organisation. */
    private static Invitee merge(Invitee a, Invitee b) {
        Set<String> groups = new TreeSet<>(a.groups());
        groups.addAll(b.groups());
        Function<Function<Invitee, String>, String> first = f -> f.apply(a) != null ? f.apply(a) : f.apply(b);
        String country = first.apply(Invitee::country);
        Boolean gm = a.country() != null ? a.globalMajority() : b.globalMajority();
        return new Invitee(a.userId(), first.apply(Invitee::name), first.apply(Invitee::organisation), country, groups, gm);
    }
}
