package org.accord.membership;

import org.accord.shared.Problem;
import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.audit.AuditTrail;
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

    private final AuditTrail audit;

    MembershipService(Committees committees, WorkingGroups workingGroups,
                      Organisations organisations, Memberships memberships,
                      IdentityService identity, Constituencies constituencies, AuditTrail audit) {
        this.audit = audit;
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
        requireText(reference, Problem.of("membership.field.committee-reference"));
        requireText(title, Problem.of("membership.field.committee-title"));
        if (committees.findByReference(reference.trim()).isPresent()) {
            throw new InvalidInputException("membership.committee.exists", reference);
        }
        UUID id = committees.save(new Committee(reference.trim(), title.trim(), scope)).getId();
        audit.record(AuditEntry.of(AuditKind.COMMITTEE_CREATED, "committee", id, reference.trim()).after("title", title.trim()));
        return id;
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public UUID createWorkingGroup(UUID committeeId, String code, String title, String scope) {
        Committee committee = committees.findById(committeeId).orElseThrow(() -> new NotFoundException("Committee", committeeId));
        requireText(code, Problem.of("membership.field.working-group-code"));
        requireText(title, Problem.of("membership.field.working-group-title"));
        if (workingGroups.findByCommitteeReferenceAndCode(committee.getReference(), code.trim()).isPresent()) {
            throw new InvalidInputException("membership.working-group.exists", committee.getReference() + "/" + code);
        }
        UUID id = workingGroups.save(new WorkingGroup(committee, code.trim(), title.trim(), scope)).getId();
        audit.record(AuditEntry.of(AuditKind.WORKING_GROUP_CREATED, "working-group", id, committee.getReference() + "/" + code.trim())
                .in(id, null).after("title", title.trim()));
        return id;
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public UUID createOrganisation(NewOrganisation org) {
        requireText(org.code(), Problem.of("membership.field.organisation-code"));
        requireText(org.name(), Problem.of("membership.field.organisation-name"));
        if (org.stakeholderGroup() == null || org.stakeholderGroup().isBlank()) {
            throw new InvalidInputException("membership.organisation.group-required", org.code());
        }
        String group = constituencies.stakeholderGroup(org.stakeholderGroup()).code();
        String country = Constituencies.country(org.country(), org.code());
        if (organisations.findByCode(org.code()).isPresent()) {
            throw new InvalidInputException("membership.organisation.exists", org.code());
        }
        UUID id = organisations.save(new Organisation(org.code().trim(), org.name().trim(), group, country)).getId();
        audit.record(AuditEntry.of(AuditKind.ORGANISATION_CREATED, "organisation", id, org.code().trim())
                .after("name", org.name().trim(), "stakeholderGroup", group, "country", country));
        return id;
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT') or @wgAccess.hasAnyRole(#workingGroupId, T(org.accord.shared.security.WorkingGroupRole).CONVENOR)")
    @Transactional
    public UUID addMember(UUID workingGroupId, UUID userId, WorkingGroupRole role, UUID organisationId) {
        WorkingGroup wg = workingGroups.findById(workingGroupId).orElseThrow(() -> new NotFoundException("Working group", workingGroupId));
        identity.get(userId);
        Organisation org = organisationId == null ? null
                : organisations.findById(organisationId).orElseThrow(() -> new NotFoundException("Organisation", organisationId));
        if (memberships.existsByWorkingGroupIdAndUserIdAndRole(workingGroupId, userId, role)) {
            throw new InvalidInputException("membership.role.already", Problem.of("role." + role.name().toLowerCase(Locale.ROOT)), wg.getCode());
        }
        UUID id = memberships.save(new Membership(wg, userId, role, org)).getId();
        audit.record(AuditEntry.of(AuditKind.MEMBERSHIP_ADDED, "user", userId, identity.get(userId).username()).in(workingGroupId, null)
                .after("role", role, "organisation", org == null ? null : org.getCode()));
        return id;
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
            throw new InvalidInputException("membership.lead.must-represent");
        }
        AuditEntry was = AuditEntry.of(AuditKind.ORGANISATION_LEAD_CHANGED, "user", userId, identity.get(userId).username())
                .in(workingGroupId, null).before("lead", ms.stream().anyMatch(Membership::isOrganisationLead));
        ms.forEach(m -> m.setOrganisationLead(lead));
        audit.record(was.after("lead", lead));
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

    private static void requireText(String value, Problem what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("shared.required", what);
        }
    }
}
