package org.accord.crosswalk.internal;

import jakarta.persistence.*;

import java.util.UUID;

@Entity
@Table(name = "provision")
public class Provision {
    @Id
    private UUID id;
    @Column(name = "instrument_id", nullable = false)
    private UUID instrumentId;
    @Column(name = "parent_id")
    private UUID parentId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String number;
    private String heading;
    private String text;
    private String summary;

    protected Provision() {
    }

    public Provision(UUID instrumentId, UUID parentId, int position, String number, String heading, String text, String summary) {
        this.id = UUID.randomUUID();
        this.instrumentId = instrumentId;
        this.parentId = parentId;
        this.position = position;
        this.number = number;
        this.heading = heading;
        this.text = text;
        this.summary = summary;
    }

    public UUID getId() { return id; }
    public UUID getInstrumentId() { return instrumentId; }
}
