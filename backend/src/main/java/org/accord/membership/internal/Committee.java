package org.accord.membership.internal;

import jakarta.persistence.*;

import java.util.UUID;

@Entity
@Table(name = "committee")
public class Committee {
    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String reference;
    @Column(nullable = false)
    private String title;
    private String scope;

    protected Committee() {
    }

    public Committee(String reference, String title, String scope) {
        this.id = UUID.randomUUID();
        this.reference = reference;
        this.title = title;
        this.scope = scope;
    }

    public UUID getId() { return id; }
    public String getReference() { return reference; }
    public String getTitle() { return title; }
    public String getScope() { return scope; }
}
