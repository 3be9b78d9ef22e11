package org.accord.crosswalk.internal;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.Objects;
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
    private String identifier;
    @Column(nullable = false)
    private String number;
    private String heading;
    private String text;
    private String summary;
    private String kind;
    private String language;
    private String url;
    @Column(name = "removed_at")
    private Instant removedAt;

    protected Provision() {
    }

    public Provision(UUID instrumentId, UUID parentId, int position, String identifier, String number, String heading,
                     String text, String summary, String kind, String language, String url) {
        this.id = UUID.randomUUID();
        this.instrumentId = instrumentId;
        this.parentId = parentId;
        this.position = position;
        this.identifier = identifier;
        this.number = number;
        this.heading = heading;
        this.text = text;
        this.summary = summary;
        this.kind = kind;
        this.language = language;
        this.url = url;
    }

    /** Re-import: the same identifier with new content; returns whether anything changed. */
    public boolean update(UUID parentId, int position, String number, String heading, String text, String kind, String language) {
        boolean changed = !Objects.equals(this.parentId, parentId) || !Objects.equals(this.number, number)
                || !Objects.equals(this.heading, heading) || !Objects.equals(this.text, text)
                || !Objects.equals(this.kind, kind) || removedAt != null
                || (language != null && !Objects.equals(this.language, language));
        this.parentId = parentId;
        this.position = position;
        this.number = number;
        this.heading = heading;
        this.text = text;
        this.kind = kind;
        if (language != null) {
            this.language = language;
        }
        this.removedAt = null;
        return changed;
    }

    public void markRemoved(Instant at) {
        if (removedAt == null) {
            removedAt = at;
        }
    }

    public UUID getId() { return id; }
    public UUID getInstrumentId() { return instrumentId; }
    public UUID getParentId() { return parentId; }
    public int getPosition() { return position; }
    public String getIdentifier() { return identifier; }
    public String getNumber() { return number; }
    public String getHeading() { return heading; }
    public String getText() { return text; }
    public String getSummary() { return summary; }
    public String getKind() { return kind; }
    public String getLanguage() { return language; }
    public String getUrl() { return url; }
    public Instant getRemovedAt() { return removedAt; }
}
