package org.accord.bench;

import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reliability harness: members of WG 1 (real seeded accounts, see {@link #seed}) each loop on a virtual thread
 * over what members do through the REST API (read drafts, clauses, comments, search, publications; file comments;
 * vote) until a deadline. Every request's latency and outcome is kept per operation, and every acknowledged write
 * (a 2xx answer) is remembered, so a test can check afterwards that none was lost.
 */
final class Workload {

    enum Op { DRAFTS, CLAUSES, COMMENTS, SEARCH, PUBLICATIONS, FILE_COMMENT, VOTE }

    /** Share of each operation in a member's loop (sums to 100). */
    private static final Map<Op, Integer> MIX = new EnumMap<>(Map.of(Op.DRAFTS, 10, Op.CLAUSES, 20, Op.COMMENTS, 15,
            Op.SEARCH, 15, Op.PUBLICATIONS, 10, Op.FILE_COMMENT, 20, Op.VOTE, 10));
    private static final String[] SEARCH_WORDS = {"risk", "transparency", "oversight", "model", "data", "assessment"};

    record Clause(String id, String quote) {
    }

    /** What the members work on: a draft with an open comment period, an open ballot, a publication. */
    record Target(String workingGroupId, String draftId, List<Clause> clauses, String ballotId, String publicationId) {
    }

    /** A request that did not get a 2xx: its operation, status (-1: no answer), time taken and what it said. */
    record Failure(Op op, int status, long millis, Instant at, String body) {
    }

    /** An acknowledged comment: its author, a word found only in it, and when the 201 came. */
    record Filed(String user, String word, Instant at) {
    }

    /** An acknowledged vote: the receipt's log position and entry hash. */
    record Receipt(String user, long position, String hash, String choice) {
    }

    static final class Outcome {
        final Map<Op, Queue<Long>> micros = new EnumMap<>(Op.class);
        final Map<Op, AtomicLong> ok = new EnumMap<>(Op.class);
        final Queue<Failure> failures = new ConcurrentLinkedQueue<>();
        /** When each 2xx answer came, to tell when service was back after a fault. */
        final Queue<Instant> okAt = new ConcurrentLinkedQueue<>();
        /** comment id → who filed it (the author may read it back and find it by its word). */
        final Map<String, Filed> comments = new ConcurrentHashMap<>();
        final Queue<Receipt> votes = new ConcurrentLinkedQueue<>();
        long wallMillis;

        Outcome() {
            for (Op op : Op.values()) {
                micros.put(op, new ConcurrentLinkedQueue<>());
                ok.put(op, new AtomicLong());
            }
        }

        long requests() {
            return micros.values().stream().mapToLong(Queue::size).sum();
        }

        /** One line per operation: count, failures, p50/p95/p99/max; then the totals and throughput. */
        String table() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-13s %8s %7s %9s %9s %9s %9s%n",
                    "operation", "requests", "failed", "p50 ms", "p95 ms", "p99 ms", "max ms"));
            for (Op op : Op.values()) {
                List<Long> sorted = micros.get(op).stream().sorted().toList();
                long failed = failures.stream().filter(f -> f.op() == op).count();
                s.append(String.format(Locale.ROOT, "%-13s %8d %7d %9.1f %9.1f %9.1f %9.1f%n", op.name().toLowerCase(Locale.ROOT),
                        sorted.size(), failed, pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), pct(sorted, 1.0)));
            }
            s.append(String.format(Locale.ROOT, "total: %d requests in %.1f s = %.1f requests/s; failed: %d (%.3f %%)%n",
                    requests(), wallMillis / 1000.0, requests() * 1000.0 / Math.max(1, wallMillis), failures.size(),
                    100.0 * failures.size() / Math.max(1, requests())));
            return s.toString();
        }

        /** Failures per {@code seconds}-wide window from {@code start}: where in the run they fell. */
        String failureTimeline(Instant start, int seconds) {
            Map<Long, Long> buckets = new TreeMap<>();
            failures.forEach(f -> buckets.merge(java.time.Duration.between(start, f.at()).toSeconds() / seconds * seconds, 1L, Long::sum));
            return buckets.toString();
        }

        /** The first 2xx answer at or after {@code t}. */
        Optional<Instant> firstOkAfter(Instant t) {
            return okAt.stream().filter(a -> !a.isBefore(t)).min(Instant::compareTo);
        }

        private static double pct(List<Long> sorted, double p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p) - 1)) / 1000.0;
        }
    }

    private final Api api;
    private final Target target;
    private final List<String> users;
    private final Duration thinkTime;

    /** {@code thinkTime}: the mean pause of a member between two requests (uniform 0.5–1.5×); zero for a closed loop. */
    Workload(Api api, Target target, List<String> users, Duration thinkTime) {
        this.api = api;
        this.target = target;
        this.users = users;
        this.thinkTime = thinkTime;
    }

    /** The standard seed plus {@code members} generated accounts seated in WG 1 (delegates who comment and vote). */
    static java.nio.file.Path seed(java.nio.file.Path dir, int members) throws Exception {
        return BallotBenchmarkIT.seedWithVoters(dir, members);
    }

    static List<String> members(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("bench-voter-" + i);
        }
        return names;
    }

    /**
     * Through the API as the secretariat and the convenor: a generated draft in WG 1, frozen as CD 1 with a comment
     * period open for a week, a ballot on a motion open for a day, and (if {@code publish}) a published version.
     */
    static Target prepare(Api api, String reference, boolean publish) throws Exception {
        String wg = null;
        for (JsonNode w : api.get("/api/v1/working-groups", "secretariat")) {
            if (w.get("code").asString().equals("WG 1")) {
                wg = w.get("id").asString();
            }
        }
        String draft = api.post("/api/v1/drafts/import?workingGroupId=" + wg, "secretariat", "text/markdown",
                DraftingBenchmarkIT.markdown(reference, 10, 5, 80), 201).get("id").asString();
        api.post("/api/v1/drafts/" + draft + "/versions", "convenor", "application/json", "{\"label\":\"CD 1\"}", 201);
        api.post("/api/v1/drafts/" + draft + "/comment-periods", "secretariat", "application/json",
                "{\"version\":\"CD 1\",\"deadline\":\"" + Instant.now().plus(Duration.ofDays(7)) + "\",\"allowLate\":false}", 201);
        List<Clause> clauses = new ArrayList<>();
        collect(api.get("/api/v1/drafts/" + draft + "/clauses", "editor"), clauses);
        String ballot = api.post("/api/v1/ballots", "secretariat", "application/json", Api.JSON.writeValueAsString(Map.of(
                "workingGroupId", wg, "motion", "Reliability motion " + reference, "title", "Ballot " + reference,
                "preset", "ISO_CD", "secret", false, "closesAt", Instant.now().plus(Duration.ofDays(1)).toString())), 201)
                .get("id").asString();
        String publication = null;
        if (publish) {
            publication = publish(api, draft, "CD 1");
        }
        return new Target(wg, draft, clauses, ballot, publication);
    }

    /** Publishes a frozen version by override and waits until its files are generated. */
    static String publish(Api api, String draft, String version) throws Exception {
        String id = api.post("/api/v1/drafts/" + draft + "/publications", "secretariat", "application/json",
                "{\"versionLabel\":\"" + version + "\",\"overrideRationale\":\"Reliability test publication without a ballot.\"}", 202)
                .get("id").asString();
        long t0 = System.nanoTime();
        while (Report.ms(t0) < 180_000) {
            String status = api.get("/api/v1/publishing/" + id, "secretariat").get("publication").get("status").asString();
            if (status.equals("published")) {
                return id;
            }
            if (status.equals("failed")) {
                throw new IllegalStateException("Publication " + id + " failed");
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Publication " + id + " not generated within 3 minutes");
    }

    private static void collect(JsonNode tree, List<Clause> into) {
        for (JsonNode c : tree) {
            String text = c.get("text").asString();
            if (!text.isBlank()) {
                into.add(new Clause(c.get("id").asString(), String.join(" ", Arrays.asList(text.split("\\s+")).subList(0, 2))));
            }
            if (c.has("children")) {
                collect(c.get("children"), into);
            }
        }
    }

    /** Each member once, unmeasured: their first sign-in pays bcrypt, later ones hit the verified-credentials cache. */
    void signInAll() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<Integer>> looks = new ArrayList<>();
            for (String user : users) {
                looks.add(pool.submit(() -> api.send("GET", "/api/v1/drafts/" + target.draftId(), user, null, null).statusCode()));
            }
            for (Future<Integer> f : looks) {
                if (f.get(5, TimeUnit.MINUTES) != 200) {
                    throw new IllegalStateException("A member could not open the draft");
                }
            }
        }
    }

    /** {@link #run} on a thread of its own, for a test that causes a fault meanwhile. */
    CompletableFuture<Outcome> start(Duration duration) {
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        Thread.ofPlatform().name("workload").start(() -> {
            try {
                result.complete(run(duration, new AtomicBoolean()));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Runs every member until {@code duration} has passed; {@code stop} ends it early. */
    Outcome run(Duration duration, AtomicBoolean stop) throws Exception {
        Outcome out = new Outcome();
        long t0 = System.nanoTime();
        long deadline = t0 + duration.toNanos();
        try (ExecutorService members = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users.size(); i++) {
                String user = users.get(i);
                long seed = i;
                members.submit(() -> {
                    Random rnd = new Random(seed);
                    int n = 0;
                    // Start spread over one think time, not all at once.
                    pause(rnd, rnd.nextDouble());
                    while (System.nanoTime() < deadline && !stop.get()) {
                        step(user, pick(rnd), rnd, n++, out);
                        pause(rnd, 0.5 + rnd.nextDouble());
                    }
                    return null;
                });
            }
        }
        out.wallMillis = Report.ms(t0);
        return out;
    }

    private void pause(Random rnd, double factor) throws InterruptedException {
        long ms = (long) (thinkTime.toMillis() * factor);
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }

    private static Op pick(Random rnd) {
        int r = rnd.nextInt(100);
        for (Map.Entry<Op, Integer> e : MIX.entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        return Op.DRAFTS;
    }

    private void step(String user, Op op, Random rnd, int n, Outcome out) {
        String draft = "/api/v1/drafts/" + target.draftId();
        long s = System.nanoTime();
        HttpResponse<String> r;
        String word = null;
        try {
            r = switch (op) {
                case DRAFTS -> api.send("GET", "/api/v1/drafts", user, null, null);
                case CLAUSES -> api.send("GET", draft + "/clauses", user, null, null);
                case COMMENTS -> api.send("GET", draft + "/comments?limit=50&offset=" + rnd.nextInt(4) * 50, user, null, null);
                case SEARCH -> api.send("GET", "/api/v1/search?q=" + URLEncoder.encode(SEARCH_WORDS[rnd.nextInt(SEARCH_WORDS.length)],
                        StandardCharsets.UTF_8) + "&limit=10", user, null, null);
                case PUBLICATIONS -> target.publicationId() == null || rnd.nextBoolean()
                        ? api.send("GET", "/api/v1/publications", null, null, null)
                        : api.send("GET", "/api/v1/publications/" + target.publicationId() + "/clauses", null, null, null);
                case FILE_COMMENT -> {
                    Clause c = target.clauses().get(rnd.nextInt(target.clauses().size()));
                    word = "lc" + Long.toString(rnd.nextLong() & Long.MAX_VALUE, 36);
                    yield api.send("POST", draft + "/comments", user, "application/json", Api.JSON.writeValueAsString(Map.of(
                            "clauseId", c.id(), "type", "ED", "justification", "Load comment " + n + " marked " + word,
                            "quote", c.quote(), "submit", false)));
                }
                case VOTE -> api.send("POST", "/api/v1/ballots/" + target.ballotId() + "/votes", user, "application/json",
                        "{\"position\":\"" + (rnd.nextInt(5) == 0 ? "ABSTAIN" : "APPROVE") + "\"}");
            };
        } catch (Exception e) {
            out.failures.add(new Failure(op, -1, Report.ms(s), Instant.now(), e.getClass().getSimpleName() + ": " + e.getMessage()));
            out.micros.get(op).add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - s));
            return;
        }
        out.micros.get(op).add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - s));
        if (r.statusCode() / 100 != 2) {
            out.failures.add(new Failure(op, r.statusCode(), Report.ms(s), Instant.now(),
                    r.body().length() > 300 ? r.body().substring(0, 300) : r.body()));
            return;
        }
        out.ok.get(op).incrementAndGet();
        out.okAt.add(Instant.now());
        if (op == Op.FILE_COMMENT) {
            out.comments.put(Api.JSON.readTree(r.body()).get("id").asString(), new Filed(user, word, Instant.now()));
        } else if (op == Op.VOTE) {
            JsonNode receipt = Api.JSON.readTree(r.body());
            out.votes.add(new Receipt(user, receipt.get("position").asLong(), receipt.get("entryHash").asString(),
                    receipt.get("choice").asString()));
        }
    }

    /** Acknowledged comments that cannot be read back by their author: should be none. */
    List<String> lostComments(Outcome out) throws Exception {
        List<String> lost = new CopyOnWriteArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<?>> checks = new ArrayList<>();
            for (Map.Entry<String, Filed> c : out.comments.entrySet()) {
                checks.add(pool.submit(() -> {
                    if (api.send("GET", "/api/v1/comments/" + c.getKey(), c.getValue().user(), null, null).statusCode() != 200) {
                        lost.add(c.getKey());
                    }
                    return null;
                }));
            }
            for (Future<?> f : checks) {
                f.get(5, TimeUnit.MINUTES);
            }
        }
        return lost;
    }

    /** Acknowledged votes whose receipt is not in the log unchanged (receipt check as each voter): should be none. */
    List<Receipt> lostVotes(Outcome out) throws Exception {
        List<Receipt> lost = new CopyOnWriteArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<?>> checks = new ArrayList<>();
            for (Receipt v : out.votes) {
                checks.add(pool.submit(() -> {
                    JsonNode inLog = api.get("/api/v1/ballots/" + target.ballotId() + "/receipts/check?position=" + v.position()
                            + "&hash=" + v.hash(), v.user());
                    if (!inLog.get("inLog").asBoolean()) {
                        lost.add(v);
                    }
                    return null;
                }));
            }
            for (Future<?> f : checks) {
                f.get(5, TimeUnit.MINUTES);
            }
        }
        return lost;
    }
}
