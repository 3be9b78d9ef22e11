package org.accord.audit;

import org.accord.shared.NotAllowedException;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;
import org.accord.shared.CsvCells;
import org.accord.shared.InvalidInputException;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.security.WorkingGroupAccess;
import org.accord.shared.security.WorkingGroupRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reading, exporting and verifying the audit log. Who may read: for a draft or a working group, its convenors,
 * co-convenors and editors; the platform secretariat and administrators everywhere (also platform-wide rows such as
 * accounts and settings). Delegates, commenters and observers may not. Vote rows of secret ballots never hold the
 * position; they name the voter and the time, which beside the published vote log could reveal the position, so only
 * platform staff see them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AuditService {

    /** The most rows one page may ask for. */
    public static final int MAX_PAGE = 1000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> STATE = new TypeReference<>() { };
    private static final String COLUMNS = """
            seq, occurred_at, actor_id, actor_name, working_group_id, draft_id, kind, subject_type, subject_id,
            subject_label, before_state::text as before_state, after_state::text as after_state, previous_hash, entry_hash""";

    private final JdbcTemplate jdbc;
    private final DraftingService drafting;
    private final WorkingGroupAccess access;

    AuditService(JdbcTemplate jdbc, DraftingService drafting, WorkingGroupAccess access) {
        this.jdbc = jdbc;
        this.drafting = drafting;
        this.access = access;
    }

    /** Whether the caller may read this draft's audit log (false also for drafts they cannot read at all). */
    public boolean mayView(UUID draftId) {
        try {
            return mayViewWorkingGroup(drafting.draft(draftId).workingGroupId());
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    public boolean mayViewWorkingGroup(UUID workingGroupId) {
        return access.isStaff() || access.hasAnyRole(workingGroupId, WorkingGroupRole.CONVENOR,
                WorkingGroupRole.CO_CONVENOR, WorkingGroupRole.EDITOR);
    }

    public boolean mayViewPlatform() {
        return access.isStaff();
    }

    /** Rows newest first. */
    public List<AuditRecord> entries(AuditFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 0 || limit > MAX_PAGE) {
            throw new InvalidInputException("audit.page.invalid", MAX_PAGE);
        }
        Query q = where(filter);
        q.args.add(limit);
        q.args.add(offset);
        return jdbc.query("select " + COLUMNS + " from audit_log" + q.sql + " order by seq desc limit ? offset ?",
                ROW, q.args.toArray());
    }

    public long count(AuditFilter filter) {
        Query q = where(filter);
        Long n = jdbc.queryForObject("select count(*) from audit_log" + q.sql, Long.class, q.args.toArray());
        return n == null ? 0 : n;
    }

    /** All matching rows, newest first, as CSV with formula-safe cells and the chain hashes. */
    public String csv(AuditFilter filter) {
        Query q = where(filter);
        StringBuilder out = new StringBuilder();
        CsvCells.line(out, "seq", "occurred_at_utc", "actor", "actor_id", "working_group_id", "draft_id", "kind",
                "subject_type", "subject_id", "subject_label", "before", "after", "previous_hash", "entry_hash");
        jdbc.query("select " + COLUMNS + " from audit_log" + q.sql + " order by seq desc", rs -> {
            AuditRecord r = ROW.mapRow(rs, 0);
            CsvCells.line(out, Long.toString(r.seq()), r.occurredAt().toString(), r.actorName(), text(r.actorId()),
                    text(r.workingGroupId()), text(r.draftId()), r.kind(), r.subjectType(), r.subjectId(),
                    r.subjectLabel(), rs.getString("before_state"), rs.getString("after_state"), r.previousHash(),
                    r.entryHash());
        }, q.args.toArray());
        return out.toString();
    }

    /** Re-checks the whole chain from row 1 against the stored chain head (secretariat and administrators). */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    public AuditVerification verify() {
        Map<String, Object> head = jdbc.queryForMap("select seq, head_hash from audit_chain_head where id = 1");
        List<AuditRecord> rows = jdbc.query("select " + COLUMNS + " from audit_log order by seq", ROW);
        return AuditVerification.verify(rows, ((String) head.get("head_hash")).trim(), ((Number) head.get("seq")).longValue());
    }

    private Query where(AuditFilter f) {
        Query q = new Query();
        if (f.draftId() != null) {
            DraftSummary draft = drafting.draft(f.draftId()); // 404 / 403 for drafts the caller cannot read
            require(mayViewWorkingGroup(draft.workingGroupId()));
            q.and("draft_id = ?", f.draftId());
        } else if (f.workingGroupId() != null) {
            require(mayViewWorkingGroup(f.workingGroupId()));
            q.and("working_group_id = ?", f.workingGroupId());
        } else {
            require(mayViewPlatform());
        }
        if (!access.isStaff()) {
            // its time would tie a voter to an entry of the published log: platform staff only
            q.and("not (kind = 'VOTE_CAST' and after_state ->> 'secret' = ?)", "true");
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            if (Arrays.stream(AuditKind.values()).noneMatch(k -> k.name().equals(f.kind()))) {
                throw new InvalidInputException("audit.kind.unknown", f.kind());
            }
            q.and("kind = ?", f.kind());
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            q.and("actor_name ilike ? escape '\\'", "%" + f.actor().strip().replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.from() != null) {
            q.and("occurred_at >= ?", OffsetDateTime.ofInstant(f.from(), ZoneOffset.UTC));
        }
        if (f.to() != null) {
            q.and("occurred_at < ?", OffsetDateTime.ofInstant(f.to(), ZoneOffset.UTC));
        }
        if (f.from() != null && f.to() != null && !f.from().isBefore(f.to())) {
            throw new InvalidInputException("audit.period.order");
        }
        return q;
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new NotAllowedException("audit.not-allowed");
        }
    }

    private static final class Query {
        private String sql = "";
        private final List<Object> args = new ArrayList<>();

        void and(String condition, Object arg) {
            sql += (sql.isEmpty() ? " where " : " and ") + condition;
            args.add(arg);
        }
    }

    private static final RowMapper<AuditRecord> ROW = (rs, i) -> new AuditRecord(
            rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getObject("actor_id", UUID.class),
            rs.getString("actor_name"), rs.getObject("working_group_id", UUID.class), rs.getObject("draft_id", UUID.class),
            rs.getString("kind"), rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("subject_label"),
            state(rs.getString("before_state")), state(rs.getString("after_state")),
            rs.getString("previous_hash").trim(), rs.getString("entry_hash").trim());

    private static Map<String, String> state(String json) {
        return json == null ? null : JSON.readValue(json, STATE);
    }

    private static String text(UUID id) {
        return id == null ? "" : id.toString();
    }
}
