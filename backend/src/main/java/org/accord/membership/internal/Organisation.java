package org.accord.membership.internal;

import jakarta.persistence.*;

import java.util.UUID;

@Entity
@Table(name = "organisation")
public class Organisation {
    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(name = "stakeholder_group", nullable = false)
    private String stakeholderGroup;
    @Column(nullable = false, length = 2)
    private String country;

    protected Organisation() {
    }

    public Organisation(String code, String name, String group, String country) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.stakeholderGroup = group;
        this.country = country;
    }

    public UUID getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getStakeholderGroup() { return stakeholderGroup; }
    public String getCountry() { return country; }
}
