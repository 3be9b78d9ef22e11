package org.accord.crosswalk.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface AdoptionEntries extends JpaRepository<AdoptionEntry, AdoptionEntry.Key> {
    List<AdoptionEntry> findByDraftIdAndJurisdiction(java.util.UUID draftId, String jurisdiction);
}
