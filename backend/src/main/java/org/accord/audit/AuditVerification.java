package org.accord.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks an audit log read in order from row 1: positions run 1, 2, 3, ..., each row's {@code previousHash} is the
 * hash of the row before (the genesis value for the first) and each {@code entryHash} matches the row's contents.
 * With a head hash (the chain head the database keeps) it also catches rows cut off the end. At most 100 problems
 * are listed.
 */
public record AuditVerification(boolean valid, long rows, String headHash, List<String> problems) {

    public static AuditVerification verify(Iterable<AuditRecord> rowsInOrder, String expectedHead, Long expectedRows) {
        List<String> problems = new ArrayList<>();
        long more = 0;
        String previous = AuditHashing.GENESIS;
        long n = 0;
        long expectedSeq = 0;
        for (AuditRecord r : rowsInOrder) {
            n++;
            expectedSeq++;
            List<String> here = new ArrayList<>();
            if (r.seq() != expectedSeq) {
                here.add("row " + n + ": carries position " + r.seq() + " (a row was deleted, inserted or moved)");
                expectedSeq = r.seq(); // report an offset once, not for every later row
            }
            if (!previous.equals(r.previousHash())) {
                here.add("row " + r.seq() + ": previousHash does not match the hash of the row before");
            }
            if (!AuditHashing.hashOf(r).equals(r.entryHash())) {
                here.add("row " + r.seq() + ": hash does not match its contents");
            }
            for (String p : here) {
                if (problems.size() < 100) {
                    problems.add(p);
                } else {
                    more++;
                }
            }
            previous = r.entryHash();
        }
        if (expectedRows != null && expectedRows != n) {
            problems.add("the chain head says " + expectedRows + " rows, the log has " + n);
        }
        if (expectedHead != null && !expectedHead.equals(previous)) {
            problems.add("the chain head " + expectedHead + " is not the hash of the last row");
        }
        if (more > 0) {
            problems.add("... and " + more + " more problem(s) not listed");
        }
        return new AuditVerification(problems.isEmpty(), n, previous, List.copyOf(problems));
    }
}
