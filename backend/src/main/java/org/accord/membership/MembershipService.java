package org.accord.membership;

import org.accord.identity.AuthorityContributor;
import org.accord.identity.IdentityService;
import org.accord.membership.internal.*;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.security.WorkingGroupRole;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.*;

/** Committees, working groups, organisations and memberships: the module's public API. */
@Service
@Transactional(readOnly = true)
public class MembershipService implements AuthorityContributor {

    private final Committees committees;
    private final WorkingGroups workingGroups;
    private final Organisations organisations;
    private final Memberships memberships;
    private final IdentityService identity;
    private final Constituencies constituencies;

    MembershipService(Committees committees, WorkingGroups workingGroups,
                      Organisations organisations, Memberships memberships,
                      IdentityService identity, Constituencies constituencies) {
        this.constituencies = constituencies;
        this.committees = committees;
        this.workingGroups = workingGroups;
        this.organisations = organisations;
        this.memberships = memberships;
        this.identity = identity;
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public UUID createCommittee(String reference, String title, String scope) {
        requireText(reference, "Committee reference");
        requireText(title, "Committee title");
        if (committees.findByReference(reference.trim()).isPresent()) {
            throw new InvalidInputException("Committee " + reference + " exists already");
        }
        return committees.save(new Committee(reference.trim(), title.trim(), scope)).getId();
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public UUID createWorkingGroup(UUID committeeId, String code, String title, String scope) {
        Committee committee = committees.findById(committeeId).orElseThrow(() -> new NotFoundException("Committee", committeeId));
        requireText(code, "Working group code");
        requireText(title, "Working group title");
        if (workingGroups.findByCommitteeReferenceAndCode(committee.getReference(), code.trim()).isPresent()) {
            throw new InvalidInputException(committee.getReference() + "/" + code + " exists already");
        }
        return workingGroups.save(new WorkingGroup(committee, code.trim(), title.trim(), scope)).getId();
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public UUID createOrganisation(NewOrganisation org) {
        requireText(org.code(), "Organisation code");
        requireText(org.name(), "Organisation name");
        if (org.stakeholderGroup() == null || org.stakeholderGroup().isBlank()) {
            throw new InvalidInputException("Stakeholder group is required for " + org.code());
        }
        String group = constituencies.stakeholderGroup(org.stakeholderGroup()).code();
        String country = Constituencies.country(org.country(), org.code());
        if (organisations.findByCode(org.code()).isPresent()) {
            throw new InvalidInputException("Organisation " + org.code() + " exists already");
        }
        return organisations.save(new Organisation(org.code().trim(), org.name().trim(), group, country)).getId();
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT') or @wgAccess.hasAnyRole(#workingGroupId, T(org.accord.shared.security.WorkingGroupRole).CONVENOR)")
    @Transactional
    public UUID addMember(UUID workingGroupId, UUID userId, WorkingGroupRole role, UUID organisationId) {
        WorkingGroup wg = workingGroups.findById(workingGroupId).orElseThrow(() -> new NotFoundException("Working group", workingGroupId));
        identity.get(userId);
        Organisation org = organisationId == null ? null
                : organisations.findById(organisationId).orElseThrow(() -> new NotFoundException("Organisation", organisationId));
        if (memberships.existsByWorkingGroupIdAndUserIdAndRole(workingGroupId, userId, role)) {
            throw new InvalidInputException("Already " + role + " in " + wg.getCode());
        }
        return memberships.save(new Membership(wg, userId, role, org)).getId();
    }

    /** Marks a member as the lead who submits their organisation's comments in this working group. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT') or @wgAccess.hasAnyRole(#workingGroupId, T(org.accord.shared.security.WorkingGroupRole).CONVENOR)")
    @Transactional
    public void setOrganisationLead(UUID workingGroupId, UUID userId, boolean lead) {
        List<Membership> ms = memberships.findByWorkingGroupIdAndUserId(workingGroupId, userId);
        if (ms.isEmpty()) {
            throw new NotFoundException("Membership of user", userId);
        }
        if (ms.stream().allMatch(m -> m.getOrganisation() == null)) {
            throw new InvalidInputException("Only a member who represents an organisation can lead it");
        }
        ms.forEach(m -> m.setOrganisationLead(lead));
    }

    /** Whom a member speaks for in a working group, and whether they lead that organisation there. */
    @PreAuthorize("isAuthenticated()")
    public Representation representation(UUID workingGroupId, UUID userId) {
        List<Membership> ms = memberships.findByWorkingGroupIdAndUserId(workingGroupId, userId);
        OrganisationSummary org = ms.stream().map(Membership::getOrganisation).filter(java.util.Objects::nonNull)
                .findFirst().map(this::summary).orElse(null);
        return new Representation(org, ms.stream().anyMatch(Membership::isOrganisationLead),
                ms.stream().map(Membership::getRole).collect(java.util.stream.Collectors.toSet()));
    }

    @PreAuthorize("isAuthenticated()")
    public List<WorkingGroupSummary> workingGroups() {
        return workingGroups.findAll().stream().map(this::summary)
                .sorted(Comparator.comparing(WorkingGroupSummary::committeeReference).thenComparing(WorkingGroupSummary::code))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public WorkingGroupSummary workingGroup(UUID id) {
        return workingGroups.findById(id).map(this::summary).orElseThrow(() -> new NotFoundException("Working group", id));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<WorkingGroupSummary> findWorkingGroup(String committeeReference, String code) {
        return workingGroups.findByCommitteeReferenceAndCode(committeeReference, code).map(this::summary);
    }

    @PreAuthorize("isAuthenticated()")
    public List<MyWorkingGroup> workingGroupsOf(UUID userId) {
        return memberships.findByUserId(userId).stream()
                .map(m -> new MyWorkingGroup(summary(m.getWorkingGroup()), m.getRole(),
                        m.getOrganisation() == null ? null : m.getOrganisation().getName()))
                .sorted(Comparator.comparing((MyWorkingGroup m) -> m.workingGroup().code()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public List<OrganisationSummary> organisations() {
        return organisations.findAll().stream().map(this::summary)
                .sorted(Comparator.comparing(OrganisationSummary::name)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<OrganisationSummary> findOrganisation(String code) {
        return organisations.findByCode(code).map(this::summary);
    }

    /** The stakeholder groups this deployment recognises (configurable). */
    public List<StakeholderGroup> stakeholderGroups() {
        return constituencies.stakeholderGroups();
    }

    /** The members of a working group holding one of {@code roles} (system work such as notifications). */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    public List<UUID> memberIds(UUID workingGroupId, java.util.Set<WorkingGroupRole> roles) {
        return memberships.findByWorkingGroupId(workingGroupId).stream().filter(m -> roles.contains(m.getRole()))
                .map(m -> m.getUserId()).distinct().toList();
    }

    public boolean hasAnyCommittee() {
        return committees.count() > 0;
    }

    /** Called at sign-in, before anyone is authenticated: no method security here. */
    @Override
    public Collection<String> authoritiesFor(UUID userId) {
        // a twinned co-convenor shares the convenor's rights
        return memberships.findByUserId(userId).stream()
                .flatMap(m -> m.getRole() == WorkingGroupRole.CO_CONVENOR
                        ? java.util.stream.Stream.of(m.getRole(), WorkingGroupRole.CONVENOR)
                                .map(r -> r.authorityFor(m.getWorkingGroup().getId()))
                        : java.util.stream.Stream.of(m.getRole().authorityFor(m.getWorkingGroup().getId())))
                .toList();
    }

    private WorkingGroupSummary summary(WorkingGroup wg) {
        return new WorkingGroupSummary(wg.getId(), wg.getCommittee().getReference(), wg.getCommittee().getTitle(),
                wg.getCode(), wg.getTitle(), wg.getScope(), memberships.countMembers(wg.getId()));
    }

    OrganisationSummary summary(Organisation o) {
        return new OrganisationSummary(o.getId(), o.getCode(), o.getName(), o.getStakeholderGroup(), o.getCountry(),
                constituencies.globalMajority().includes(o.getCountry()),
                UnRegionalGroup.of(o.getCountry()).orElse(null));
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(what + " is required");
        }
    }
}
