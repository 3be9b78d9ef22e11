package org.accord.commenting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface CommentReplies extends JpaRepository<CommentReply, UUID> {
    List<CommentReply> findByCommentIdOrderByCreatedAt(UUID commentId);

    @org.springframework.data.jpa.repository.Query("select r.commentId, count(r) from CommentReply r where r.commentId in ?1 group by r.commentId")
    List<Object[]> countByCommentIds(Collection<UUID> commentIds);
}
