package org.accord.membership;

import org.accord.identity.IdentityService;
import org.accord.membership.internal.*;
import org.accord.membership.participation.Invitee;
import org.accord.membership.participation.Participation;
import org.accord.membership.participation.ParticipationReport;
import org.accord.shared.security.WorkingGroupRole;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.*;

/**
 * Who a round invites, as the participation rules need them: members of a working group with their constituencies,
 * country and Global Majority status. The secretariat and the group's convenors read it (participation reports);
 * so does publishing, which runs as the secretariat.
 */
@Service
@Transactional(readOnly = true)
public class ParticipationDirectory {

    static final String STAFF_OR_CONVENOR = "hasAnyRole('ADMIN','SECRETARIAT') or @wgAccess.hasAnyRole(#workingGroupId, "
            + "T(org.accord.shared.security.WorkingGroupRole).CONVENOR, T(org.accord.shared.security.WorkingGroupRole).CO_CONVENOR)";

    private final Memberships memberships;
    private final SeatHolders holders;
    private final SeatApplications applications;
    private final Organisations organisations;
    private final IdentityService identity;
    private final Constituencies constituencies;

    ParticipationDirectory(Memberships memberships, SeatHolders holders, SeatApplications applications,
                           Organisations organisations, IdentityService identity, Constituencies constituencies) {
        this.memberships = memberships;
        this.holders = holders;
        this.applications = applications;
        this.organisations = organisations;
        this.identity = identity;
        this.constituencies = constituencies;
    }

    /**
     * Members of the working group holding one of {@code roles}. Constituencies: the organisation's stakeholder group,
     * plus every group a seated member declared in the application that won the seat (an organisation can count for
     * several); country: the organisation's, else the seat application's; neither: not known.
     */
    @PreAuthorize(STAFF_OR_CONVENOR)
    public List<Invitee> invitees(UUID workingGroupId, Set<WorkingGroupRole> roles) {
        Map<UUID, SeatApplication> seated = seatedApplications(workingGroupId);
        List<Membership> ms = memberships.findByWorkingGroupId(workingGroupId).stream()
                .filter(m -> roles.contains(m.getRole())).toList();
        Map<UUID, String> names = identity.displayNames(ms.stream().map(Membership::getUserId).toList());
        List<Invitee> out = new ArrayList<>();
        for (Membership m : ms) {
            Organisation org = m.getOrganisation();
            SeatApplication app = seated.get(m.getUserId());
            Set<String> groups = new TreeSet<>();
            String country = null;
            if (org != null) {
                groups.add(org.getStakeholderGroup());
                country = org.getCountry();
            }
            if (app != null) {
                groups.addAll(app.getStakeholderGroups());
                if (country == null) {
                    country = app.getCountry();
                }
            }
            out.add(new Invitee(m.getUserId(), names.get(m.getUserId()), org == null ? null : org.getName(), country,
                    groups, country == null ? null : globalMajority(country)));
        }
        return out;
    }

    /** For rolls snapshotted as quota attributes (ballot voters): the organisation each voter speaks for now. */
    @PreAuthorize(STAFF_OR_CONVENOR)
    public List<Invitee> fromAttributes(UUID workingGroupId, Map<UUID, ? extends Collection<String>> attributesByUser) {
        Map<UUID, String> names = identity.displayNames(attributesByUser.keySet());
        Map<UUID, String> orgs = new HashMap<>();
        for (Membership m : memberships.findByWorkingGroupId(workingGroupId)) {
            if (m.getOrganisation() != null) {
                orgs.putIfAbsent(m.getUserId(), m.getOrganisation().getName());
            }
        }
        Map<UUID, SeatApplication> seated = seatedApplications(workingGroupId);
        seated.forEach((user, app) -> {
            if (!orgs.containsKey(user) && app.getOrganisationId() != null) {
                organisations.findById(app.getOrganisationId()).ifPresent(o -> orgs.put(user, o.getName()));
            }
        });
        List<Invitee> out = new ArrayList<>();
        attributesByUser.forEach((user, attributes) ->
                out.add(Invitee.fromAttributes(user, names.get(user), orgs.get(user), attributes)));
        return out;
    }

    /** Runs the rules with this deployment's stakeholder groups. */
    public ParticipationReport report(String kind, UUID roundId, String round, Collection<Invitee> invited,
                                      Set<UUID> participants, boolean showPeople) {
        return Participation.report(kind, roundId, round, constituencies.stakeholderGroups(), invited, participants,
                showPeople);
    }

    private Boolean globalMajority(String country) {
        return GlobalMajority.isKnownCountry(country) ? constituencies.globalMajority().includes(country) : null;
    }

    private Map<UUID, SeatApplication> seatedApplications(UUID workingGroupId) {
        Map<UUID, SeatApplication> out = new HashMap<>();
        for (SeatHolder h : holders.findByWorkingGroupIdAndLeftAtIsNullOrderBySeatNumber(workingGroupId)) {
            applications.findById(h.getApplicationId()).ifPresent(a -> out.put(h.getUserId(), a));
        }
        return out;
    }
}
