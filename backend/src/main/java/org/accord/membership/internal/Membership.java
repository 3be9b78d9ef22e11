package org.accord.membership.internal;

import jakarta.persistence.*;
import org.accord.shared.security.WorkingGroupRole;

import java.time.Instant;
import java.util.UUID;

/** One person's role in one working group, on behalf of one organisation. */
@Entity
@Table(name = "wg_membership")
public class Membership {
    @Id
    private UUID id;
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "working_group_id")
    private WorkingGroup workingGroup;
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkingGroupRole role;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;
    @Column(name = "since", nullable = false)
    private Instant since;
    @Column(name = "organisation_lead", nullable = false)
    private boolean organisationLead;
    /** "sso" when an identity-provider group granted it: only those are removed when the group membership ends. */
    @Column(name = "granted_by", nullable = false)
    private String grantedBy = "app";

    protected Membership() {
    }

    public Membership(WorkingGroup wg, UUID userId, WorkingGroupRole role, Organisation organisation) {
        this.id = UUID.randomUUID();
        this.workingGroup = wg;
        this.userId = userId;
        this.role = role;
        this.organisation = organisation;
        this.since = Instant.now();
    }

    public static Membership grantedBySingleSignOn(WorkingGroup wg, UUID userId, WorkingGroupRole role) {
        Membership m = new Membership(wg, userId, role, null);
        m.grantedBy = "sso";
        return m;
    }

    public boolean isGrantedBySingleSignOn() { return "sso".equals(grantedBy); }

    /** The provider's groups confirm this membership: from now on it ends when the group membership ends. */
    public void takeOverBySingleSignOn() { this.grantedBy = "sso"; }
    public void setOrganisationLead(boolean lead) { this.organisationLead = lead; }
    public boolean isOrganisationLead() { return organisationLead; }
    public UUID getId() { return id; }
    public WorkingGroup getWorkingGroup() { return workingGroup; }
    public UUID getUserId() { return userId; }
    public WorkingGroupRole getRole() { return role; }
    public Organisation getOrganisation() { return organisation; }
}
