package org.accord.shared.cluster;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class ClusterLocksIntegrationTest {

    @Autowired ClusterLocks locks;

    @Test
    void whileOneHolderWorksAnotherSkipsAndAfterwardsTheLockIsFree() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> locks.runExclusively("job", () -> {
            holding.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(locks.runExclusively("job", () -> { })).as("taken by the first holder").isFalse();
        assertThat(locks.runExclusively("another job", () -> { })).as("other names are independent").isTrue();

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(locks.callExclusively("job", () -> 42)).isEqualTo(Optional.of(42));
    }

    @Test
    void workThatFailsReleasesTheLock() {
        try {
            locks.runExclusively("failing", () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the work's own failure reaches the caller
        }
        assertThat(locks.runExclusively("failing", () -> { })).isTrue();
    }
}
