package org.accord.balloting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface BallotVoters extends JpaRepository<BallotVoter, BallotVoter.Key> {
    /** In the export's order (by token): without one, results listed chambers in physical row order, which a restore changes. */
    List<BallotVoter> findByBallotIdOrderByToken(UUID ballotId);
}
