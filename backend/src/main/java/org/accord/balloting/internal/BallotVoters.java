package org.accord.balloting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface BallotVoters extends JpaRepository<BallotVoter, BallotVoter.Key> {
    List<BallotVoter> findByBallotId(UUID ballotId);
}
