package org.accord.drafting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface TermEntries extends JpaRepository<TermEntry, UUID> {
    java.util.List<TermEntry> findByClauseIdIn(java.util.Collection<UUID> clauseIds);
    @org.springframework.data.jpa.repository.Query("select coalesce(max(t.position), 0) from TermEntry t where t.clauseId = ?1")
    int maxPosition(UUID clauseId);
}
