package org.accord.membership.internal;

import jakarta.persistence.*;

import java.util.UUID;

@Entity
@Table(name = "working_group")
public class WorkingGroup {
    @Id
    private UUID id;
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "committee_id")
    private Committee committee;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String title;
    private String scope;

    protected WorkingGroup() {
    }

    public WorkingGroup(Committee committee, String code, String title, String scope) {
        this.id = UUID.randomUUID();
        this.committee = committee;
        this.code = code;
        this.title = title;
        this.scope = scope;
    }

    public UUID getId() { return id; }
    public Committee getCommittee() { return committee; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getScope() { return scope; }
}
