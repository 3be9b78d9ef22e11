package org.accord.commenting.internal;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "comment_reply")
public class CommentReply {
    @Id
    private UUID id;
    @Column(name = "comment_id", nullable = false)
    private UUID commentId;
    @Column(name = "author_id", nullable = false)
    private UUID authorId;
    @Column(nullable = false)
    private String body;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CommentReply() {
    }

    public CommentReply(UUID commentId, UUID authorId, String body) {
        this.id = UUID.randomUUID();
        this.commentId = commentId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = Instant.now();
    }

    public UUID getCommentId() { return commentId; }
    public UUID getAuthorId() { return authorId; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
