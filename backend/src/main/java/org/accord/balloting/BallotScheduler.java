package org.accord.balloting;

import org.accord.shared.cluster.ClusterLocks;
import org.accord.shared.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.util.List;

/**
 * Rounds close by themselves at their closing time: the tally and log are published without waiting for anyone. With
 * several nodes one checks at a time (a cluster lock); the row lock in {@link BallotService#closeDue} would already
 * keep a round from closing twice, the cluster lock spares the others the wait.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BallotScheduler {

    private static final Logger log = LoggerFactory.getLogger(BallotScheduler.class);

    private final BallotService ballots;
    private final ClusterLocks locks;

    BallotScheduler(BallotService ballots, ClusterLocks locks) {
        this.ballots = ballots;
        this.locks = locks;
    }

    @Scheduled(initialDelayString = "${accord.ballots.close-check:PT20S}",
            fixedDelayString = "${accord.ballots.close-check:PT20S}")
    void closeDueRounds() {
        try {
            List<Integer> closed = locks.callExclusively("ballot-close",
                    () -> SystemActor.call("ballot-close", ballots::closeDue)).orElse(List.of());
            if (!closed.isEmpty()) {
                log.info("Ballots closed at their closing time: {}", closed);
            }
        } catch (RuntimeException e) {
            log.error("Closing due ballots failed; will retry", e);
        }
    }
}
