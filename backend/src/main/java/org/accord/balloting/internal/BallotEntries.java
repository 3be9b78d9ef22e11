package org.accord.balloting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface BallotEntries extends JpaRepository<BallotEntry, BallotEntry.Key> {
    List<BallotEntry> findByBallotIdOrderByPosition(UUID ballotId);

    Optional<BallotEntry> findTopByBallotIdOrderByPositionDesc(UUID ballotId);

    Optional<BallotEntry> findByBallotIdAndIdempotencyKey(UUID ballotId, String idempotencyKey);

    List<BallotEntry> findByBallotIdAndVoterTokenOrderByPosition(UUID ballotId, String voterToken);
}
