package org.accord.balloting.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Ballots extends JpaRepository<Ballot, UUID> {
    /** Serialises votes and the close of one ballot: a vote racing the close is either in or refused. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Ballot b where b.id = ?1")
    Optional<Ballot> lock(UUID id);

    List<Ballot> findByWorkingGroupIdOrderByNumberDesc(UUID workingGroupId);

    List<Ballot> findByStatusAndClosesAtBefore(String status, java.time.Instant instant);

    /** Ballot numbers come from a sequence, so two rounds opened at once never share one. */
    @Query(value = "select nextval('ballot_number_seq')", nativeQuery = true)
    long nextNumber();
}
