package org.accord.publishing.internal;

import jakarta.persistence.*;

import java.io.Serializable;
import java.util.UUID;

/** One generated file of a publication, with its SHA-256; written once (append-only table). */
@Entity
@Table(name = "publication_format")
@IdClass(PublicationFormat.Key.class)
public class PublicationFormat {
    public record Key(UUID publicationId, String format) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "publication_id")
    private UUID publicationId;
    @Id
    private String format;
    @Column(name = "media_type", nullable = false)
    private String mediaType;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] bytes;
    @Column(nullable = false)
    private String sha256;

    protected PublicationFormat() {
    }

    public PublicationFormat(UUID publicationId, String format, String mediaType, byte[] bytes, String sha256) {
        this.publicationId = publicationId;
        this.format = format;
        this.mediaType = mediaType;
        this.bytes = bytes;
        this.sha256 = sha256;
    }

    public UUID getPublicationId() { return publicationId; }
    public String getFormat() { return format; }
    public String getMediaType() { return mediaType; }
    public byte[] getBytes() { return bytes; }
    public String getSha256() { return sha256; }
}
