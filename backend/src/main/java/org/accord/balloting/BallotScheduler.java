package org.accord.balloting;

import org.accord.shared.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.util.List;

/** Rounds close by themselves at their closing time: the tally and log are published without waiting for anyone. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BallotScheduler {

    private static final Logger log = LoggerFactory.getLogger(BallotScheduler.class);

    private final BallotService ballots;

    BallotScheduler(BallotService ballots) {
        this.ballots = ballots;
    }

    @Scheduled(initialDelayString = "${accord.ballots.close-check:PT20S}",
            fixedDelayString = "${accord.ballots.close-check:PT20S}")
    void closeDueRounds() {
        try {
            List<Integer> closed = SystemActor.call("ballot-close", ballots::closeDue);
            if (!closed.isEmpty()) {
                log.info("Ballots closed at their closing time: {}", closed);
            }
        } catch (RuntimeException e) {
            log.error("Closing due ballots failed; will retry", e);
        }
    }
}
